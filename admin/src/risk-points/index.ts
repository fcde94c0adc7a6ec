import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { ResourceModule } from '../resourceModule';
import { RiskPointCreate, RiskPointEdit } from './RiskPointForm';
import { RiskPointList } from './RiskPointList';
import { RiskPointShow } from './RiskPointShow';

/** 风险点 (常安码): list with filters and label printing, a page with the QR, create and edit. */
export default {
  list: RiskPointList,
  show: RiskPointShow,
  create: RiskPointCreate,
  edit: RiskPointEdit,
  icon: WarningAmberIcon,
  recordRepresentation: (point) => String(point.name ?? point.id),
} satisfies ResourceModule;
