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
import { townExporter } from '../shared/listExports';
import { DistrictField } from '../shared/orgFields';
import { DistrictSelectInput } from '../shared/orgInputs';

/**
 * 镇（街道）, filtered by district for the city bureau. Deleting asks first; the API refuses (409, shown as it
 * says) while the town still has grids or enterprises.
 */
export const TownList = () => {
  const { identity, isPending } = useGetIdentity();
  const role = (identity as ConsoleIdentity | undefined)?.role;
  const { canAccess: canEdit } = useCanAccess({ resource: 'towns', action: 'edit' });
  if (isPending) return null;
  return (
    <CursorList
      small={
        <SimpleList
          rowClick={canEdit ? 'edit' : false}
          primaryText={(record) => record.name}
          secondaryText={<DistrictField />}
          tertiaryText={<BeijingDateField source="updatedAt" />}
        />
      }
      filters={
        role === 'cityAdmin'
          ? [<DistrictSelectInput key="districtId" alwaysOn sx={{ minWidth: 160 }} />]
          : undefined
      }
      actions={
        <TopToolbar>
          <CreateButton />
          <ListExportButton />
        </TopToolbar>
      }
      exporter={townExporter}
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="name" disableSort />
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
