import { CreateButton, DataTable, SimpleList, TopToolbar, useGetIdentity, useTranslate } from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { CursorList } from '../shared/CursorList';
import { EmptyState } from '../shared/states';
import { RuleActiveField, RulePointsField } from './RuleFields';

/** 考评细则: the catalogue by code; the city admin adds and edits (a new version each time). */
export const RuleList = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  const city = (identity as ConsoleIdentity | undefined)?.role === 'cityAdmin';
  return (
    <CursorList
      perPage={100}
      actions={<TopToolbar>{city ? <CreateButton /> : null}</TopToolbar>}
      empty={
        <EmptyState title={translate('app.agencyRule.empty')} hint={translate('app.agencyRule.emptyHint')} />
      }
      small={<SimpleList rowClick="show" primaryText="%{code}" secondaryText="%{description}" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="description" />
        <DataTable.Col source="category" />
        <DataTable.Col source="points" render={() => <RulePointsField />} />
        <DataTable.Col source="version" />
        <DataTable.Col source="active" render={() => <RuleActiveField />} />
      </DataTable>
    </CursorList>
  );
};
