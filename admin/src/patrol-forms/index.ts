import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { ResourceModule } from '../resourceModule';
import { PatrolFormsPage } from './PatrolFormsPage';

/** 巡查表与巡查计划 at #/patrol-forms: the page is the resource's list, so the menu and canAccess come with it. */
export default {
  list: PatrolFormsPage,
  icon: FactCheckIcon,
} satisfies ResourceModule;
