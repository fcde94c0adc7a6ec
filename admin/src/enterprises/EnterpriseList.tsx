import {
  CreateButton,
  DataTable,
  type RaRecord,
  SimpleList,
  TopToolbar,
  useCanAccess,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { CursorList } from '../shared/CursorList';
import { DistrictField } from '../shared/orgFields';
import { EmptyState } from '../shared/states';
import { EnterpriseExportButton } from './EnterpriseExportButton';
import { ContactField, FlagsField, GridNameField, NameAndCodeField, StatusField } from './EnterpriseFields';
import { enterpriseFilters } from './EnterpriseFilters';
import { EnterpriseImportButton } from './EnterpriseImportButton';

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
    <EnterpriseImportButton />
    <EnterpriseExportButton />
  </TopToolbar>
);

/**
 * 企业: filtered by place, industry, flag, status and name, read page by page with the API's cursors (no total:
 * DynamoDB has none). The order is the API's; columns are not sortable. A row opens the enterprise.
 */
export const EnterpriseList = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  const role = (identity as ConsoleIdentity | undefined)?.role;
  const { canAccess: canImport } = useCanAccess({ resource: 'enterprises', action: 'import' });
  if (isPending) return null;
  const place = (record: RaRecord) =>
    [
      role === 'cityAdmin' ? record.districtName : undefined,
      record.townName,
      record.gridName ?? translate('app.org.outsideGrid'),
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <CursorList
      small={
        <SimpleList
          rowClick="show"
          primaryText={(record) => record.name}
          secondaryText={place}
          tertiaryText={(record) => record.status}
        />
      }
      filters={enterpriseFilters(identity as ConsoleIdentity | undefined, translate)}
      actions={<ListActions />}
      exporter={false}
      empty={
        <EmptyState
          hint={translate('app.enterprise.emptyHint')}
          actions={canImport && <EnterpriseImportButton />}
        />
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false} size="small">
        <DataTable.Col source="name" disableSort>
          <NameAndCodeField />
        </DataTable.Col>
        {role === 'cityAdmin' && (
          <DataTable.Col source="districtId" disableSort>
            <DistrictField />
          </DataTable.Col>
        )}
        {/* names come with the rows (townName, gridName): no request per town or grid */}
        <DataTable.Col source="townName" label="resources.enterprises.fields.townId" disableSort />
        <DataTable.Col source="gridName" label="resources.enterprises.fields.gridId" disableSort>
          <GridNameField />
        </DataTable.Col>
        <DataTable.Col source="industry" disableSort />
        <DataTable.Col source="status" disableSort>
          <StatusField />
        </DataTable.Col>
        <DataTable.Col source="flags" disableSort>
          <FlagsField />
        </DataTable.Col>
        <DataTable.Col source="principal.name" disableSort>
          <ContactField source="principal" />
        </DataTable.Col>
      </DataTable>
    </CursorList>
  );
};
