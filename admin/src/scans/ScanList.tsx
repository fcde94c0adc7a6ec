import type { ReactElement } from 'react';
import {
  DataTable,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { BeijingDateField, BeijingTimeLabel } from '../shared/BeijingDateField';
import { CursorList } from '../shared/CursorList';
import { DayInput } from '../shared/DayInput';
import { ListExportButton } from '../shared/ListExportButton';
import { districtChoices, TownSelectInput } from '../shared/orgInputs';
import { EmptyState } from '../shared/states';
import { ScanLateField, ScanLevelField, ScanPrincipalField, ScanResultField } from './ScanFields';
import { scanExporter } from './scanExporter';

const narrow = { minWidth: 140 };
const noWrap = () => ({ whiteSpace: 'nowrap' }) as const;
const yesNo = [
  { id: 'true', name: 'app.scan.yes' },
  { id: 'false', name: 'app.scan.no' },
];

function scanFilters(role: ConsoleIdentity['role'] | undefined): ReactElement[] {
  const filters: ReactElement[] = [];
  if (role === 'cityAdmin')
    filters.push(
      <SelectInput key="districtId" source="districtId" choices={districtChoices} alwaysOn sx={narrow} />,
    );
  if (role === 'cityAdmin' || role === 'districtAdmin')
    filters.push(<TownSelectInput key="townId" source="townId" alwaysOn sx={narrow} />);
  filters.push(
    <DayInput key="from" source="from" alwaysOn sx={narrow} />,
    <DayInput key="to" source="to" alwaysOn sx={narrow} />,
    <SelectInput key="late" source="late" choices={yesNo} alwaysOn sx={narrow} />,
    <SelectInput key="principal" source="principal" choices={yesNo} alwaysOn sx={narrow} />,
  );
  return filters;
}

/** The table both the 扫码记录 list and an enterprise's tab show; `withEnterprise` adds the enterprise column. */
export const ScanTable = ({ withEnterprise = true }: { withEnterprise?: boolean }) => (
  <DataTable bulkActionButtons={false} rowClick={(id) => `/scans/${id}/show`} size="small">
    <DataTable.Col
      source="scannedAt"
      disableSort
      cellSx={noWrap}
      label={<BeijingTimeLabel source="scannedAt" />}
    >
      <BeijingDateField source="scannedAt" />
    </DataTable.Col>
    {withEnterprise ? <DataTable.Col source="enterpriseName" disableSort /> : null}
    <DataTable.Col source="riskPointName" disableSort />
    <DataTable.Col source="level" disableSort cellSx={noWrap}>
      <ScanLevelField />
    </DataTable.Col>
    <DataTable.Col source="userName" disableSort>
      <TextField source="userName" />
    </DataTable.Col>
    <DataTable.Col source="principal" disableSort>
      <ScanPrincipalField />
    </DataTable.Col>
    <DataTable.Col source="late" disableSort>
      <ScanLateField />
    </DataTable.Col>
    <DataTable.Col source="result" disableSort>
      <ScanResultField />
    </DataTable.Col>
  </DataTable>
);

/** 扫码记录: every scan in the caller's scope, newest first, filtered by place, Beijing day, lateness, principal. */
export const ScanList = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  return (
    <CursorList
      small={
        <SimpleList
          rowClick="show"
          primaryText={(scan) => `${scan.enterpriseName} · ${scan.riskPointName}`}
          secondaryText={<BeijingDateField source="scannedAt" />}
          tertiaryText={<ScanResultField />}
        />
      }
      filters={scanFilters((identity as ConsoleIdentity | undefined)?.role)}
      actions={
        <TopToolbar>
          <ListExportButton />
        </TopToolbar>
      }
      exporter={scanExporter}
      empty={<EmptyState title={translate('app.scan.empty')} hint={translate('app.scan.emptyHint')} />}
    >
      <ScanTable />
    </CursorList>
  );
};
