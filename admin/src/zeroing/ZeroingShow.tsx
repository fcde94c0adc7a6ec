import {
  Show,
  SimpleShowLayout,
  TabbedShowLayout,
  TextField,
  useGetIdentity,
  useRecordContext,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { ShowErrorState } from '../shared/states';
import { ZeroingBoardPanel } from './ZeroingBoardPanel';
import { ZeroingChecksPanel } from './ZeroingChecksPanel';
import { ZeroingEntriesPanel } from './ZeroingEntriesPanel';

const Tabs = () => {
  const record = useRecordContext<{ id: string; name?: string }>();
  const { identity } = useGetIdentity();
  const role = (identity as ConsoleIdentity | undefined)?.role;
  if (!record) return null;
  const id = String(record.id);
  return (
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.zeroing.tabs.board">
        <ZeroingBoardPanel campaignId={id} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.zeroing.tabs.entries" path="entries">
        <ZeroingEntriesPanel campaignId={id} canEdit={role === 'cityAdmin'} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.zeroing.tabs.checks" path="checks">
        <ZeroingChecksPanel campaignId={id} campaignName={record.name ?? ''} userRole={role} />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  );
};

/** One campaign: its span, then 看板 / 清零名单 / 检查记录. */
export const ZeroingShow = () => (
  <Show error={<ShowErrorState />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="startDate" />
      <TextField source="endDate" />
    </SimpleShowLayout>
    <Tabs />
  </Show>
);
