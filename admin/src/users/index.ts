import PeopleIcon from '@mui/icons-material/People';
import type { ResourceModule } from '../resourceModule';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';

export default {
  list: UserList,
  edit: UserEdit,
  create: UserCreate,
  icon: PeopleIcon,
  recordRepresentation: 'name',
} satisfies ResourceModule;
