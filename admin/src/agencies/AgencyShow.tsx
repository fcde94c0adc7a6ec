import {
  DataTable,
  EditButton,
  Labeled,
  ReferenceManyField,
  Show,
  Tab,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useGetIdentity,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import {
  AppealStatusField,
  DeductionStatusField,
  IssuerField,
  RuleTextField,
} from '../agency-deductions/fields';
import type { ConsoleIdentity } from '../auth/authProvider';
import { BeijingDateField } from '../shared/BeijingDateField';
import { CursorPagination } from '../shared/CursorPagination';
import { DistrictField } from '../shared/orgFields';
import { recordErrorProps, ShowErrorState } from '../shared/states';
import {
  AgencyListedField,
  AgencyScoreField,
  AgencyStatusField,
  AgencyTypeField,
  WorkDistrictsField,
} from './AgencyFields';

/** Edit for the city admin, and for a district admin when the agency is registered in its district. */
const EditIfAllowed = () => {
  const { identity } = useGetIdentity();
  const record = useRecordContext<{ id: string; districtId?: string }>();
  const { role, scope } = (identity as ConsoleIdentity | undefined) ?? {};
  const allowed =
    role === 'cityAdmin' || (role === 'districtAdmin' && !!record && scope?.districtId === record.districtId);
  return allowed ? <EditButton /> : null;
};

const TabEmpty = () => {
  const translate = useTranslate();
  return <span>{translate('app.agency.tabs.none')}</span>;
};

const ShowActions = () => (
  <TopToolbar>
    <EditIfAllowed />
  </TopToolbar>
);

/** One agency: its registration, this year's score and listing; its deductions (this year) and appeals in tabs. */
export const AgencyShow = () => (
  <Show actions={<ShowActions />} error={<ShowErrorState />} {...recordErrorProps}>
    <TabbedShowLayout>
      <Tab label="app.agency.tabs.details">
        <TextField source="name" />
        <TextField source="creditCode" />
        <Labeled source="type">
          <AgencyTypeField />
        </Labeled>
        <Labeled source="districtId">
          <DistrictField />
        </Labeled>
        <Labeled source="workDistrictIds">
          <WorkDistrictsField />
        </Labeled>
        <TextField source="certificateNo" />
        <TextField source="certificateExpiry" />
        <TextField source="contactName" />
        <TextField source="contactPhone" />
        <Labeled source="status">
          <AgencyStatusField />
        </Labeled>
        <Labeled source="score">
          <AgencyScoreField />
        </Labeled>
        <Labeled source="listed">
          <AgencyListedField />
        </Labeled>
        <BeijingDateField source="updatedAt" />
      </Tab>
      <Tab label="app.agency.tabs.deductions" path="deductions">
        <ReferenceManyField
          reference="agency-deductions"
          target="agencyId"
          perPage={25}
          pagination={<CursorPagination />}
          label={false}
        >
          <DataTable rowClick="show" bulkActionButtons={false} empty={<TabEmpty />}>
            <DataTable.Col source="date" />
            <DataTable.Col source="rule" render={() => <RuleTextField />} />
            <DataTable.Col source="points" />
            <DataTable.Col source="issuingDistrictId" render={() => <IssuerField />} />
            <DataTable.Col source="status" render={() => <DeductionStatusField />} />
            <DataTable.Col source="appealStatus" render={() => <AppealStatusField />} />
          </DataTable>
        </ReferenceManyField>
      </Tab>
      <Tab label="app.agency.tabs.appeals" path="appeals">
        <ReferenceManyField
          reference="agency-appeals"
          target="agencyId"
          perPage={25}
          pagination={<CursorPagination />}
          label={false}
        >
          <DataTable rowClick="show" bulkActionButtons={false} empty={<TabEmpty />}>
            <DataTable.Col source="createdAt" render={() => <BeijingDateField source="createdAt" />} />
            <DataTable.Col source="statement" />
            <DataTable.Col source="issuingDistrictId" render={() => <IssuerField />} />
            <DataTable.Col source="status" render={() => <AppealStatusField source="status" />} />
            <DataTable.Col source="decisionReason" />
          </DataTable>
        </ReferenceManyField>
      </Tab>
    </TabbedShowLayout>
  </Show>
);
