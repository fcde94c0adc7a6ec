import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { ResourceModule } from '../resourceModule';
import { PatrolRatePage } from './PatrolRatePage';

/** 巡查率 at #/patrol-rates: the drill-down table is the resource's list page, so the menu and canAccess come with it. */
export default { list: PatrolRatePage, icon: FactCheckIcon } satisfies ResourceModule;
