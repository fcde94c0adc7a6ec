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
import { PrintLabelsButton } from '../labels/PrintLabelsButton';
import { BeijingDateField } from '../shared/BeijingDateField';
import { CursorList } from '../shared/CursorList';
import { districtChoices, TownSelectInput } from '../shared/orgInputs';
import { EmptyState } from '../shared/states';
import { riskLevelChoices, riskStatusChoices } from './levels';
import { OverdueField, overdueRowSx, RiskLevelField } from './RiskPointFields';

const overdueChoices = [
  { id: 'true', name: 'app.riskPoint.overdue' },
  { id: 'false', name: 'app.riskPoint.onTime' },
];

function pointFilters(role: ConsoleIdentity['role'] | undefined) {
  const filters = [
    <SelectInput key="level" source="level" choices={riskLevelChoices} alwaysOn />,
    <SelectInput key="overdue" source="overdue" choices={overdueChoices} alwaysOn />,
    <SelectInput key="status" source="status" choices={riskStatusChoices} />,
  ];
  if (role === 'cityAdmin')
    filters.push(<SelectInput key="districtId" source="districtId" choices={districtChoices} alwaysOn />);
  if (role === 'cityAdmin' || role === 'districtAdmin')
    filters.push(<TownSelectInput key="townId" source="townId" />);
  if (role !== 'enterpriseUser') filters.push(<TextInput key="enterpriseId" source="enterpriseId" />);
  return filters;
}

const PointListActions = ({ canCreate }: { canCreate: boolean }) => (
  <TopToolbar>
    {canCreate ? <CreateButton /> : null}
    <PrintLabelsButton />
  </TopToolbar>
);

/** The point columns every list of points shows (also the enterprise page's tab). */
export const RiskPointColumns = ({ withEnterprise = true }: { withEnterprise?: boolean }) => (
  <DataTable rowClick="show" rowSx={overdueRowSx} bulkActionButtons={<PrintLabelsButton />}>
    <DataTable.Col source="level" render={() => <RiskLevelField />} />
    <DataTable.Col source="name" />
    {withEnterprise ? <DataTable.Col source="enterpriseName" /> : null}
    <DataTable.Col source="location" />
    <DataTable.Col source="className" />
    <DataTable.Col source="cycleDays" />
    <DataTable.Col source="lastScanAt" render={() => <BeijingDateField source="lastScanAt" />} />
    <DataTable.Col source="nextDueAt" render={() => <BeijingDateField source="nextDueAt" />} />
    <DataTable.Col source="overdue" render={() => <OverdueField />} />
  </DataTable>
);

/** 风险点: most urgent first (the API's order: level, then next due); overdue rows tinted; print labels. */
export const RiskPointList = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  const role = (identity as ConsoleIdentity | undefined)?.role;
  const canCreate = role === 'cityAdmin' || role === 'districtAdmin' || role === 'enterpriseUser';
  return (
    <CursorList
      filters={pointFilters(role)}
      actions={<PointListActions canCreate={canCreate} />}
      empty={
        <EmptyState title={translate('app.riskPoint.empty')} hint={translate('app.riskPoint.emptyHint')} />
      }
      small={
        <SimpleList
          rowClick="show"
          primaryText="%{name}"
          secondaryText="%{location}"
          tertiaryText={<OverdueField />}
        />
      }
    >
      <RiskPointColumns />
    </CursorList>
  );
};
