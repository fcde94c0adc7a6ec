import RepeatIcon from '@mui/icons-material/Repeat';
import type { ResourceModule } from '../resourceModule';
import { RepeatedFindingsPage } from './RepeatedFindingsPage';

/** 重复发现 at #/patrol-repeated-findings: the list page of the resource (menu and canAccess come with it). */
export default { list: RepeatedFindingsPage, icon: RepeatIcon } satisfies ResourceModule;
