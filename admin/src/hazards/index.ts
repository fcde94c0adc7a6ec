import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import type { ResourceModule } from '../resourceModule';
import { HazardCreate } from './HazardCreate';
import { HazardList } from './HazardList';
import { HazardShow } from './HazardShow';

/** 隐患: found by scans or recorded by supervisors, rectified on the phone, closed here after review. */
export default {
  list: HazardList,
  show: HazardShow,
  create: HazardCreate,
  icon: ReportProblemIcon,
  recordRepresentation: (hazard) => String(hazard.description ?? hazard.id),
} satisfies ResourceModule;
