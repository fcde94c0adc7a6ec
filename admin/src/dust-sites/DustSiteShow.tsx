import { Stack, Typography } from '@mui/material';
import {
  EditButton,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useDataProvider,
  useGetIdentity,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { RiskPointQr } from '../labels/RiskPointQr';
import { BeijingDateField } from '../shared/BeijingDateField';
import { ConfirmActionButton } from '../shared/ConfirmActionButton';
import { DistrictField, TownField } from '../shared/orgFields';
import { recordErrorProps, ShowErrorState } from '../shared/states';
import { dustScanUrlOf } from './choices';
import { DustSiteStatusField } from './DustSiteFields';
import { canWriteDustSites } from './DustSiteList';
import { PrintDustLabelsButton } from './PrintDustLabelsButton';

interface SiteRecord {
  id: string;
  token: string;
  status: string;
}

const ReissueButton = () => {
  const record = useRecordContext<SiteRecord>();
  const dataProvider = useDataProvider();
  if (record?.status !== 'active') return null;
  return (
    <ConfirmActionButton
      label="app.dustSite.reissue"
      title="app.dustSite.reissue"
      content="app.dustSite.reissueConfirm"
      confirmColor="warning"
      successMessage="app.dustSite.reissued"
      mutationFn={() => dataProvider.create(`dust-sites/${record.id}/code`, { data: {} })}
      data-testid="dust-site-reissue"
    />
  );
};

/** DELETE retires the site (its cleanings are kept); asked first, as the code stops accepting uploads. */
const RetireButton = () => {
  const record = useRecordContext<SiteRecord>();
  const dataProvider = useDataProvider();
  if (record?.status !== 'active') return null;
  return (
    <ConfirmActionButton
      label="app.dustSite.retire"
      title="app.dustSite.retire"
      content="app.dustSite.retireConfirm"
      confirmColor="warning"
      successMessage="app.dustSite.retired"
      mutationFn={() => dataProvider.delete('dust-sites', { id: record.id, previousData: record })}
      data-testid="dust-site-retire"
    />
  );
};

/** The code as the phone will read it, drawn in the browser (and as PNG); a retired site's code is dead. */
const QrPanel = () => {
  const translate = useTranslate();
  const record = useRecordContext<SiteRecord>();
  if (!record?.token || record.status !== 'active') return null;
  const url = dustScanUrlOf(window.location.origin, record.token);
  return (
    <Stack spacing={1} data-testid="dust-site-qr">
      <Typography variant="subtitle2">{translate('app.dustSite.qr')}</Typography>
      <RiskPointQr url={url} />
      <Typography variant="caption" sx={{ wordBreak: 'break-all' }} data-testid="dust-site-url">
        {url}
      </Typography>
    </Stack>
  );
};

const ShowActions = () => {
  const { identity } = useGetIdentity();
  const manager = canWriteDustSites((identity as ConsoleIdentity | undefined)?.role);
  return (
    <TopToolbar>
      <PrintDustLabelsButton />
      {manager ? <EditButton /> : null}
      {manager ? <ReissueButton /> : null}
      {manager ? <RetireButton /> : null}
    </TopToolbar>
  );
};

/** One dust site: its fields, its code (preview, PNG, label), and re-issue and retire with confirmation. */
export const DustSiteShow = () => (
  <Show actions={<ShowActions />} error={<ShowErrorState />} {...recordErrorProps}>
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={4} sx={{ p: 2 }}>
      <SimpleShowLayout sx={{ flex: 1 }}>
        <TextField source="name" />
        <TextField source="enterpriseName" />
        <Labeled source="districtId">
          <DistrictField />
        </Labeled>
        <Labeled source="townId">
          <TownField />
        </Labeled>
        <TextField source="location" />
        <TextField source="dustType" />
        <TextField source="contactPhone" />
        <Labeled source="status">
          <DustSiteStatusField />
        </Labeled>
        <TextField source="lastSatisfiedDay" emptyText="—" />
        <BeijingDateField source="codeIssuedAt" />
      </SimpleShowLayout>
      <QrPanel />
    </Stack>
  </Show>
);
