import BusinessCenterIcon from '@mui/icons-material/BusinessCenter';
import type { ResourceModule } from '../resourceModule';
import { AgencyCreate, AgencyEdit } from './AgencyForm';
import { AgencyList } from './AgencyList';
import { AgencyShow } from './AgencyShow';

/** 中介机构: list with filters, score and listing, export; a page with its history; create and edit. */
export default {
  list: AgencyList,
  show: AgencyShow,
  create: AgencyCreate,
  edit: AgencyEdit,
  icon: BusinessCenterIcon,
  recordRepresentation: (agency) => String(agency.name ?? agency.id),
} satisfies ResourceModule;
