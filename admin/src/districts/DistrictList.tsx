import { DataTable, List } from 'react-admin';
import { EmptyState, ListBody, ListErrorState } from '../shared/states';

/** 辖市（区）: the 7 districts, fixed by administrative division; nothing to edit. */
export const DistrictList = () => (
  <List
    pagination={false}
    perPage={100}
    exporter={false}
    actions={false}
    empty={<EmptyState />}
    error={<ListErrorState />}
  >
    <ListBody>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="code" disableSort />
      </DataTable>
    </ListBody>
  </List>
);
