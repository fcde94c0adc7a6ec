import GrainIcon from '@mui/icons-material/Grain';
import type { ResourceModule } from '../resourceModule';
import { DustSiteCreate, DustSiteEdit } from './DustSiteForm';
import { DustSiteList } from './DustSiteList';
import { DustSiteShow } from './DustSiteShow';

/** 粉尘场所 (场所码): list with filters, export and code printing, a page with the QR, create and edit. */
export default {
  list: DustSiteList,
  show: DustSiteShow,
  create: DustSiteCreate,
  edit: DustSiteEdit,
  icon: GrainIcon,
  recordRepresentation: (site) => String(site.name ?? site.id),
} satisfies ResourceModule;
