import MapIcon from '@mui/icons-material/Map';
import type { ResourceModule } from '../resourceModule';
import { DistrictList } from './DistrictList';

export default { list: DistrictList, icon: MapIcon, recordRepresentation: 'name' } satisfies ResourceModule;
