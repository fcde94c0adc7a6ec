import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import type { ResourceModule } from '../resourceModule';
import { AppealList } from './AppealList';
import { AppealShow } from './AppealShow';

/** 申诉处理: the appeals inbox and one appeal with 维持 / 撤销 (the issuing district or the city). */
export default {
  list: AppealList,
  show: AppealShow,
  icon: RecordVoiceOverIcon,
  recordRepresentation: (appeal) => String(appeal.agencyName ?? appeal.id),
} satisfies ResourceModule;
