import RuleIcon from '@mui/icons-material/Rule';
import type { ResourceModule } from '../resourceModule';
import { RuleCreate, RuleEdit } from './RuleForm';
import { RuleList } from './RuleList';
import { RuleShow } from './RuleShow';

/** 考评细则: the catalogue (everyone of the scoring roles reads), created and versioned by the city admin. */
export default {
  list: RuleList,
  show: RuleShow,
  create: RuleCreate,
  edit: RuleEdit,
  icon: RuleIcon,
  recordRepresentation: (rule) => `${rule.code ?? rule.id} ${rule.description ?? ''}`.trim(),
} satisfies ResourceModule;
