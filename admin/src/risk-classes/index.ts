import MenuBookIcon from '@mui/icons-material/MenuBook';
import type { ResourceModule } from '../resourceModule';
import { RiskClassCreate, RiskClassEdit } from './RiskClassForm';
import { RiskClassList } from './RiskClassList';

/** 风险报告管控辞典: everyone reads; the city admin adds, edits and retires classes (never deletes). */
export default {
  list: RiskClassList,
  create: RiskClassCreate,
  edit: RiskClassEdit,
  icon: MenuBookIcon,
  recordRepresentation: (riskClass) => String(riskClass.name ?? riskClass.id),
} satisfies ResourceModule;
