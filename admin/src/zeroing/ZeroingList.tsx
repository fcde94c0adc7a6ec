import {
  Create,
  CreateButton,
  DataTable,
  required,
  SimpleForm,
  SimpleList,
  TextInput,
  TopToolbar,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { CursorList } from '../shared/CursorList';
import { DayInput } from '../shared/DayInput';
import { EmptyState } from '../shared/states';

/** 百日清零行动: the latest start first; the city creates them. */
export const ZeroingList = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const isCity = (identity as ConsoleIdentity | undefined)?.role === 'cityAdmin';
  return (
    <CursorList
      actions={<TopToolbar>{isCity ? <CreateButton /> : null}</TopToolbar>}
      empty={<EmptyState title={translate('app.zeroing.empty')} hint={translate('app.zeroing.emptyHint')} />}
      small={<SimpleList rowClick="show" primaryText="%{name}" secondaryText="%{startDate} 至 %{endDate}" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="startDate" />
        <DataTable.Col source="endDate" />
        <DataTable.Col source="createdByName" />
      </DataTable>
    </CursorList>
  );
};

/** A new campaign: its name and start; the end defaults to 100 days later (百日). */
export const ZeroingCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show">
      <SimpleForm>
        <TextInput source="name" validate={required()} fullWidth />
        <DayInput source="startDate" />
        <DayInput source="endDate" />
        <span>{translate('app.zeroing.endHint')}</span>
      </SimpleForm>
    </Create>
  );
};
