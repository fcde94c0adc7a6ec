import {
  CreateButton,
  DataTable,
  FunctionField,
  SelectInput,
  SimpleList,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { BeijingDateField } from '../shared/BeijingDateField';
import { CursorList } from '../shared/CursorList';
import { EmptyState } from '../shared/states';
import { rateText } from './format';

interface CampaignRow {
  status?: 'draft' | 'sending' | 'sent';
  closed?: boolean;
  rate?: number | null;
}

/** 草稿 / 发送中 / 已发送, and 已截止 once the deadline is over. */
export const CampaignStatusField = () => {
  const translate = useTranslate();
  return (
    <FunctionField
      source="status"
      render={(record: CampaignRow) =>
        record.status === 'sent' && record.closed
          ? translate('app.campaign.closed')
          : translate(`app.campaign.status.${record.status ?? 'draft'}`)
      }
    />
  );
};

export const RateField = () => (
  <FunctionField source="rate" render={(record: CampaignRow) => rateText(record.rate)} />
);

const statusChoices = [
  { id: 'draft', name: 'app.campaign.status.draft' },
  { id: 'sending', name: 'app.campaign.status.sending' },
  { id: 'sent', name: 'app.campaign.status.sent' },
];

/** 自查清单: newest first, with the live completion rate (a district admin's: its district's). */
export const CampaignList = () => {
  const translate = useTranslate();
  return (
    <CursorList
      filters={[<SelectInput key="status" source="status" choices={statusChoices} alwaysOn />]}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      empty={
        <EmptyState title={translate('app.campaign.empty')} hint={translate('app.campaign.emptyHint')} />
      }
      small={
        <SimpleList
          rowClick="show"
          primaryText="%{title}"
          secondaryText={<RateField />}
          tertiaryText={<CampaignStatusField />}
        />
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="title" />
        <DataTable.Col source="status" render={() => <CampaignStatusField />} />
        <DataTable.Col source="deadline" />
        <DataTable.NumberCol source="sent" />
        <DataTable.NumberCol source="submitted" />
        <DataTable.Col source="rate" render={() => <RateField />} />
        <DataTable.Col source="createdAt" render={() => <BeijingDateField source="createdAt" />} />
      </DataTable>
    </CursorList>
  );
};
