import {
  CreateButton,
  DataTable,
  SelectInput,
  SimpleList,
  TextInput,
  TopToolbar,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { CursorList } from '../shared/CursorList';
import { ListExportButton } from '../shared/ListExportButton';
import { DistrictField } from '../shared/orgFields';
import { DistrictSelectInput } from '../shared/orgInputs';
import { EmptyState } from '../shared/states';
import { AgencyExportButton } from './AgencyExportButton';
import { AgencyListedField, AgencyScoreField, AgencyStatusField, AgencyTypeField } from './AgencyFields';
import { AgencyImportButton } from './AgencyImportButton';
import { agencyExporter, agencyStatusChoices, agencyTypeChoices, listedChoices } from './choices';

/** The managers write agencies (a district admin those registered in its district); agency users read their own. */
export const canWriteAgencies = (role: ConsoleIdentity['role'] | undefined) =>
  role === 'cityAdmin' || role === 'districtAdmin';

const agencyFilters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" choices={agencyTypeChoices} alwaysOn />,
  <DistrictSelectInput key="districtId" source="districtId" alwaysOn />,
  <SelectInput key="status" source="status" choices={agencyStatusChoices} alwaysOn />,
  <SelectInput key="listed" source="listed" choices={listedChoices} alwaysOn />,
];

const ListActions = ({ canCreate }: { canCreate: boolean }) => (
  <TopToolbar>
    {canCreate ? <CreateButton /> : null}
    <AgencyImportButton />
    <AgencyExportButton />
    {canCreate ? null : <ListExportButton />}
  </TopToolbar>
);

/** 中介机构: filters (name, type, district registered or working in, status, listed), export; managers add. */
export const AgencyList = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  const role = (identity as ConsoleIdentity | undefined)?.role;
  const writer = canWriteAgencies(role);
  return (
    <CursorList
      filters={writer ? agencyFilters : undefined}
      actions={<ListActions canCreate={writer} />}
      exporter={agencyExporter}
      empty={<EmptyState title={translate('app.agency.empty')} hint={translate('app.agency.emptyHint')} />}
      small={
        <SimpleList
          rowClick="show"
          primaryText="%{name}"
          secondaryText={(record) => `${translate(`app.agency.type.${record.type}`)} · ${record.score}`}
          tertiaryText={<AgencyListedField />}
        />
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="type" render={() => <AgencyTypeField />} />
        <DataTable.Col source="districtId" render={() => <DistrictField />} />
        <DataTable.Col source="status" render={() => <AgencyStatusField />} />
        <DataTable.Col source="certificateExpiry" />
        <DataTable.Col source="score" render={() => <AgencyScoreField />} />
        <DataTable.Col source="listed" render={() => <AgencyListedField />} />
      </DataTable>
    </CursorList>
  );
};
