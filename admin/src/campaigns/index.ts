import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { ResourceModule } from '../resourceModule';
import { CampaignCreate } from './CampaignCreate';
import { CampaignList } from './CampaignList';
import { CampaignShow } from './CampaignShow';

/** 自查清单: list with live rates, the builder (live target count), show with progress by district and targets. */
export default {
  list: CampaignList,
  show: CampaignShow,
  create: CampaignCreate,
  icon: FactCheckIcon,
  recordRepresentation: (campaign) => String(campaign.title ?? campaign.id),
} satisfies ResourceModule;
