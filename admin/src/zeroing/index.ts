import TaskAltIcon from '@mui/icons-material/TaskAlt';
import type { ResourceModule } from '../resourceModule';
import { ZeroingCreate, ZeroingList } from './ZeroingList';
import { ZeroingShow } from './ZeroingShow';

/** 百日清零: campaigns, their list (picked or imported), the three levels' checks and the board. */
export default {
  list: ZeroingList,
  show: ZeroingShow,
  create: ZeroingCreate,
  icon: TaskAltIcon,
  recordRepresentation: (campaign) => String(campaign.name ?? campaign.id),
} satisfies ResourceModule;
