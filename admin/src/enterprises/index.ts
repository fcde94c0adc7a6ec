import FactoryIcon from '@mui/icons-material/Factory';
import type { ResourceModule } from '../resourceModule';
import { EnterpriseCreate } from './EnterpriseCreate';
import { EnterpriseEdit } from './EnterpriseEdit';
import { EnterpriseList } from './EnterpriseList';
import { EnterpriseShow } from './EnterpriseShow';

export default {
  list: EnterpriseList,
  show: EnterpriseShow,
  edit: EnterpriseEdit,
  create: EnterpriseCreate,
  icon: FactoryIcon,
  recordRepresentation: 'name',
} satisfies ResourceModule;
