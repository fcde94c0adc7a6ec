import { Typography } from '@mui/material';
import type { ReactElement } from 'react';
import {
  DataTable,
  SelectInput,
  TopToolbar,
  useGetIdentity,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { AuditEntry } from '#functions/audit/schemas';
import type { ConsoleIdentity } from '../auth/authProvider';
import { BeijingDateField, BeijingTimeLabel } from '../shared/BeijingDateField';
import { CursorList } from '../shared/CursorList';
import { ListExportButton } from '../shared/ListExportButton';
import { auditExporter } from '../shared/listExports';
import { DistrictField } from '../shared/orgFields';
import { DistrictSelectInput } from '../shared/orgInputs';
import { AuditChanges } from './AuditChanges';
import { resourceOfEntity } from './auditFormat';

const entityChoices = Object.keys(resourceOfEntity).map((entity) => ({
  id: entity,
  name: `app.audit.entity.${entity}`,
}));

function auditFilters(role: ConsoleIdentity['role'] | undefined): ReactElement[] {
  const filters = [
    <SelectInput key="entity" source="entity" choices={entityChoices} alwaysOn sx={{ minWidth: 160 }} />,
  ];
  if (role === 'cityAdmin')
    filters.push(<DistrictSelectInput key="districtId" alwaysOn sx={{ minWidth: 160 }} />);
  return filters;
}

const ActorField = (_props: { label?: string }) => {
  const translate = useTranslate();
  const entry = useRecordContext<AuditEntry>();
  if (!entry) return null;
  return (
    <span>
      {entry.actorName}
      <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
        {translate(`app.roles.${entry.role}`)}
      </Typography>
    </span>
  );
};

const ActionField = (_props: { label?: string }) => {
  const translate = useTranslate();
  const entry = useRecordContext<AuditEntry>();
  if (!entry) return null;
  return <span>{translate(`app.audit.action.${entry.action}`, { _: entry.action })}</span>;
};

/**
 * The record the entry is about: its kind, then the summary the API wrote (or the record's id). A long summary
 * (a notice's title) may break anywhere: a phone's row stays within the screen.
 */
const SubjectField = (_props: { label?: string }) => {
  const translate = useTranslate();
  const entry = useRecordContext<AuditEntry>();
  if (!entry) return null;
  return (
    <span style={{ overflowWrap: 'anywhere' }}>
      <Typography component="span" variant="body2" color="text.secondary" sx={{ mr: 1 }}>
        {translate(`app.audit.entity.${entry.entity}`, { _: entry.entity })}
      </Typography>
      {entry.summary ?? entry.entityId}
    </span>
  );
};

/**
 * 操作日志: every supervisor write, newest first (the API's order), read-only: no create, edit or delete
 * anywhere. A row opens to show each changed field, before → after.
 */
export const AuditList = () => {
  const { identity, isPending } = useGetIdentity();
  const role = (identity as ConsoleIdentity | undefined)?.role;
  if (isPending) return null;
  return (
    <CursorList
      small={
        // a phone keeps the rows' expansion (the changed fields), with time and what happened only
        <DataTable bulkActionButtons={false} rowClick="expand" expand={<AuditChanges />} size="small">
          <DataTable.Col source="at" disableSort label={<BeijingTimeLabel source="at" />}>
            <BeijingDateField source="at" />
          </DataTable.Col>
          <DataTable.Col source="action" disableSort>
            <ActionField /> <SubjectField />
          </DataTable.Col>
        </DataTable>
      }
      filters={auditFilters(role)}
      actions={
        <TopToolbar>
          <ListExportButton />
        </TopToolbar>
      }
      exporter={auditExporter}
    >
      <DataTable bulkActionButtons={false} rowClick="expand" expand={<AuditChanges />} size="small">
        <DataTable.Col source="at" disableSort label={<BeijingTimeLabel source="at" />}>
          <BeijingDateField source="at" />
        </DataTable.Col>
        <DataTable.Col source="actorName" disableSort>
          <ActorField />
        </DataTable.Col>
        <DataTable.Col source="action" disableSort>
          <ActionField />
        </DataTable.Col>
        <DataTable.Col source="entity" disableSort>
          <SubjectField />
        </DataTable.Col>
        {role === 'cityAdmin' && (
          <DataTable.Col source="districtId" disableSort>
            <DistrictField />
          </DataTable.Col>
        )}
      </DataTable>
    </CursorList>
  );
};
