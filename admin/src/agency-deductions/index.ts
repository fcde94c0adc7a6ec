import GavelIcon from '@mui/icons-material/Gavel';
import type { ResourceModule } from '../resourceModule';
import { DeductionCreate } from './DeductionCreate';
import { DeductionList } from './DeductionList';
import { DeductionShow } from './DeductionShow';

/** 考评扣分: list with filters, create with evidence uploads, show with revoke (managers) and 申诉 (agency users). */
export default {
  list: DeductionList,
  show: DeductionShow,
  create: DeductionCreate,
  icon: GavelIcon,
  recordRepresentation: (deduction) =>
    `${String(deduction.agencyName ?? '')} ${String(deduction.date ?? '')}`.trim() || String(deduction.id),
} satisfies ResourceModule;
