import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import type { ResourceModule } from '../resourceModule';
import { PatrolList } from './PatrolList';
import { PatrolShow } from './PatrolShow';

/** 网格化巡查: recorded on the phone by grid members (/m/p), read here by every supervisor in scope. */
export default {
  list: PatrolList,
  show: PatrolShow,
  icon: DirectionsWalkIcon,
  recordRepresentation: (patrol) => String(patrol.enterpriseName ?? patrol.id),
} satisfies ResourceModule;
