import type { ReactElement } from 'react';
import {
  CreateButton,
  DataTable,
  DeleteButton,
  EditButton,
  SimpleList,
  TopToolbar,
  useCanAccess,
  useGetIdentity,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { BeijingDateField, BeijingTimeLabel } from '../shared/BeijingDateField';
import { CursorList } from '../shared/CursorList';
import { ListExportButton } from '../shared/ListExportButton';
import { gridExporter } from '../shared/listExports';
import { DistrictField, TownField } from '../shared/orgFields';
import { DistrictSelectInput, TownSelectInput } from '../shared/orgInputs';

function gridFilters(role: ConsoleIdentity['role'] | undefined): ReactElement[] | undefined {
  const filters: ReactElement[] = [];
  if (role === 'cityAdmin')
    filters.push(
      <DistrictSelectInput key="districtId" clears={['townId']} alwaysOn sx={{ minWidth: 160 }} />,
    );
  if (role === 'cityAdmin' || role === 'districtAdmin')
    filters.push(<TownSelectInput key="townId" alwaysOn sx={{ minWidth: 160 }} />);
  return filters.length > 0 ? filters : undefined;
}

/** 网格, filtered by district and town. Deleting asks first; the API refuses while enterprises are in it. */
export const GridList = () => {
  const { identity, isPending } = useGetIdentity();
  const role = (identity as ConsoleIdentity | undefined)?.role;
  const { canAccess: canEdit } = useCanAccess({ resource: 'grids', action: 'edit' });
  if (isPending) return null;
  return (
    <CursorList
      small={
        <SimpleList
          rowClick={canEdit ? 'edit' : false}
          primaryText={(record) => record.name}
          secondaryText={<TownField />}
          tertiaryText={<BeijingDateField source="updatedAt" />}
        />
      }
      filters={gridFilters(role)}
      actions={
        <TopToolbar>
          <CreateButton />
          <ListExportButton />
        </TopToolbar>
      }
      exporter={gridExporter}
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="townId" disableSort>
          <TownField />
        </DataTable.Col>
        <DataTable.Col source="districtId" disableSort>
          <DistrictField />
        </DataTable.Col>
        <DataTable.Col source="updatedAt" disableSort label={<BeijingTimeLabel source="updatedAt" />}>
          <BeijingDateField source="updatedAt" />
        </DataTable.Col>
        <DataTable.Col align="right">
          <EditButton />
          <DeleteButton mutationMode="pessimistic" />
        </DataTable.Col>
      </DataTable>
    </CursorList>
  );
};
