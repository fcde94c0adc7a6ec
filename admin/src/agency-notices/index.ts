import CampaignIcon from '@mui/icons-material/Campaign';
import type { ResourceModule } from '../resourceModule';
import { NoticeCreate, NoticeEdit } from './NoticeForm';
import { NoticeList } from './NoticeList';
import { NoticeShow } from './NoticeShow';

/** 专题通报: list, draft with a deduction picker, show with publish (confirmed) and the DOCX download. */
export default {
  list: NoticeList,
  show: NoticeShow,
  create: NoticeCreate,
  edit: NoticeEdit,
  icon: CampaignIcon,
  recordRepresentation: (notice) => String(notice.title ?? notice.id),
} satisfies ResourceModule;
