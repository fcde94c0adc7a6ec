import PhotoLibraryIcon from '@mui/icons-material/PhotoLibrary';
import type { ResourceModule } from '../resourceModule';
import { DustReviewGallery } from './DustReviewGallery';

/** 照片抽查 at #/dust-reviews: the gallery is the resource's list page, so the menu and canAccess come with it. */
export default {
  list: DustReviewGallery,
  icon: PhotoLibraryIcon,
} satisfies ResourceModule;
