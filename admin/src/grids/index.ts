import GridViewIcon from '@mui/icons-material/GridView';
import type { ResourceModule } from '../resourceModule';
import { GridCreate } from './GridCreate';
import { GridEdit } from './GridEdit';
import { GridList } from './GridList';

export default {
  list: GridList,
  edit: GridEdit,
  create: GridCreate,
  icon: GridViewIcon,
  recordRepresentation: 'name',
} satisfies ResourceModule;
