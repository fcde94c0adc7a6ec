import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { ResourceModule } from '../resourceModule';
import { OutsidePage } from './OutsidePage';

/** 网格外企业 at #/grid-outside: the outside list (and its bulk assignment) is the resource's list page. */
export default { list: OutsidePage, icon: AccountTreeIcon } satisfies ResourceModule;
