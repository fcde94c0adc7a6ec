import SendIcon from '@mui/icons-material/Send';
import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  ArrayField,
  DataTable,
  FunctionField,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { districtName } from '#functions/platform/districts';
import { BeijingDateField } from '../shared/BeijingDateField';
import { ConfirmActionButton } from '../shared/ConfirmActionButton';
import { Section } from '../shared/Section';
import { recordErrorProps, ShowErrorState } from '../shared/states';
import { CampaignStatusField, RateField } from './CampaignList';
import { campaignApi } from './campaignApi';
import { ProgressTable } from './ProgressTable';
import { TargetsList } from './TargetsList';

const api = campaignApi();

interface CampaignRecord {
  id: string;
  status: 'draft' | 'sending' | 'sent';
  sent: number;
  filter: Record<string, string>;
  ownerDistrictId?: string;
}

/** 发送 on a draft: the confirmation names how many enterprises the SMS goes to (counted now). */
const SendButton = () => {
  const record = useRecordContext<CampaignRecord>();
  const { data } = useQuery({
    queryKey: ['campaign-targets', 'count', JSON.stringify(record?.filter ?? {})],
    queryFn: ({ signal }) => api.count(record?.filter ?? {}, signal),
    enabled: record?.status === 'draft',
  });
  if (record?.status !== 'draft') return null;
  return (
    <ConfirmActionButton
      label="app.campaign.send"
      icon={<SendIcon />}
      title="app.campaign.sendTitle"
      content="app.campaign.sendConfirm"
      translateOptions={{ count: data?.total ?? '…' }}
      confirmColor="warning"
      successMessage="app.campaign.sent"
      mutationFn={() => api.send(record.id)}
      data-testid="campaign-send"
    />
  );
};

const SendingNote = () => {
  const translate = useTranslate();
  const record = useRecordContext<CampaignRecord>();
  if (record?.status !== 'sending') return null;
  return <Alert severity="info">{translate('app.campaign.sending', { count: record.sent })}</Alert>;
};

/** The campaign: its items and filter, the live progress table by district, and the targets done or not. */
export const CampaignShow = () => {
  const translate = useTranslate();
  return (
    <Show
      actions={
        <TopToolbar>
          <SendButton />
        </TopToolbar>
      }
      error={<ShowErrorState />}
      {...recordErrorProps}
    >
      <SimpleShowLayout>
        <TextField source="title" />
        <Labeled label="resources.campaigns.fields.status">
          <CampaignStatusField />
        </Labeled>
        <FunctionField
          source="ownerDistrictId"
          render={(record: CampaignRecord) =>
            record.ownerDistrictId
              ? (districtName(record.ownerDistrictId) ?? record.ownerDistrictId)
              : translate('app.campaign.city')
          }
        />
        <TextField source="deadline" />
        <TextField source="reminderDays" />
        <BeijingDateField source="sentAt" />
        <SendingNote />
        <ArrayField source="items">
          <DataTable bulkActionButtons={false}>
            <DataTable.Col source="text" label="app.campaign.item" />
          </DataTable>
        </ArrayField>
        <Labeled label="resources.campaigns.fields.rate">
          <RateField />
        </Labeled>
        <Section title="app.campaign.progressTitle" variant="plain">
          <ProgressTable />
        </Section>
        <Section title="app.campaign.targetsTitle" variant="plain">
          <TargetsList />
        </Section>
      </SimpleShowLayout>
    </Show>
  );
};
