import type { ReactElement } from 'react';
import { DataTable, SelectInput, SimpleList, TopToolbar, useGetIdentity, useTranslate } from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { BeijingDateField, BeijingTimeLabel } from '../shared/BeijingDateField';
import { CursorList } from '../shared/CursorList';
import { DayInput } from '../shared/DayInput';
import { ListExportButton } from '../shared/ListExportButton';
import { TownField } from '../shared/orgFields';
import { districtChoices, TownSelectInput } from '../shared/orgInputs';
import { EmptyState } from '../shared/states';
import { FindingsField } from './PatrolFields';
import { patrolExporter } from './patrolExporter';

const narrow = { minWidth: 140 };
const noWrap = () => ({ whiteSpace: 'nowrap' }) as const;

/** The filters a role may use: the city picks a district, the city and districts a town; everyone dates. */
export function patrolFilters(role: ConsoleIdentity['role'] | undefined): ReactElement[] {
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
  );
  return filters;
}

/** 网格化巡查: every patrol in the caller's scope, newest first, by place and Beijing day. */
export const PatrolList = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  return (
    <CursorList
      small={
        <SimpleList
          rowClick="show"
          primaryText={(patrol) => String(patrol.enterpriseName)}
          secondaryText={<BeijingDateField source="at" />}
          tertiaryText={<FindingsField />}
        />
      }
      filters={patrolFilters((identity as ConsoleIdentity | undefined)?.role)}
      actions={
        <TopToolbar>
          <ListExportButton />
        </TopToolbar>
      }
      exporter={patrolExporter}
      empty={<EmptyState title={translate('app.patrol.empty')} hint={translate('app.patrol.emptyHint')} />}
    >
      <DataTable bulkActionButtons={false} rowClick="show" size="small">
        <DataTable.Col source="at" disableSort cellSx={noWrap} label={<BeijingTimeLabel source="at" />}>
          <BeijingDateField source="at" />
        </DataTable.Col>
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="townId" disableSort>
          <TownField />
        </DataTable.Col>
        <DataTable.Col source="patrolledByName" disableSort />
        <DataTable.Col source="formVersion" disableSort />
        <DataTable.Col source="failedItemIds" disableSort>
          <FindingsField />
        </DataTable.Col>
      </DataTable>
    </CursorList>
  );
};
