import {
  CreateButton,
  DataTable,
  FunctionField,
  SelectInput,
  SimpleList,
  TopToolbar,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { BeijingDateField } from '../shared/BeijingDateField';
import { CursorList } from '../shared/CursorList';
import { DistrictSelectInput } from '../shared/orgInputs';
import { EmptyState } from '../shared/states';

export const canWriteNotices = (role: ConsoleIdentity['role'] | undefined) =>
  role === 'cityAdmin' || role === 'districtAdmin';

export const NoticeStatusField = () => {
  const translate = useTranslate();
  return (
    <FunctionField
      source="status"
      render={(record: { status?: string }) =>
        translate(`app.agencyNotice.status.${record.status ?? 'draft'}`)
      }
    />
  );
};

const statusChoices = [
  { id: 'draft', name: 'app.agencyNotice.status.draft' },
  { id: 'published', name: 'app.agencyNotice.status.published' },
];

function noticeFilters(role: ConsoleIdentity['role'] | undefined) {
  const filters = [<SelectInput key="status" source="status" choices={statusChoices} alwaysOn />];
  if (role === 'cityAdmin')
    filters.push(<DistrictSelectInput key="districtId" source="districtId" alwaysOn />);
  return filters;
}

/** 专题通报: newest first; managers draft new ones, agency users read the published ones naming them. */
export const NoticeList = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  const role = (identity as ConsoleIdentity | undefined)?.role;
  return (
    <CursorList
      filters={noticeFilters(role)}
      actions={<TopToolbar>{canWriteNotices(role) ? <CreateButton /> : null}</TopToolbar>}
      empty={
        <EmptyState
          title={translate('app.agencyNotice.empty')}
          hint={translate('app.agencyNotice.emptyHint')}
        />
      }
      small={
        <SimpleList
          rowClick="show"
          primaryText="%{title}"
          secondaryText="%{districtName}"
          tertiaryText={<NoticeStatusField />}
        />
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="title" />
        <DataTable.Col source="districtName" />
        <DataTable.Col source="status" render={() => <NoticeStatusField />} />
        <DataTable.Col source="publishedAt" render={() => <BeijingDateField source="publishedAt" />} />
        <DataTable.Col source="updatedAt" render={() => <BeijingDateField source="updatedAt" />} />
      </DataTable>
    </CursorList>
  );
};
