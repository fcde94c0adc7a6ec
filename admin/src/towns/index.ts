import HolidayVillageIcon from '@mui/icons-material/HolidayVillage';
import type { ResourceModule } from '../resourceModule';
import { TownCreate } from './TownCreate';
import { TownEdit } from './TownEdit';
import { TownList } from './TownList';

export default {
  list: TownList,
  edit: TownEdit,
  create: TownCreate,
  icon: HolidayVillageIcon,
  recordRepresentation: 'name',
} satisfies ResourceModule;
