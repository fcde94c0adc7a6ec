import {
  ArrayField,
  DataTable,
  EditButton,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useGetIdentity,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { BeijingDateField } from '../shared/BeijingDateField';
import { recordErrorProps, ShowErrorState } from '../shared/states';
import { RuleActiveField, RulePointsField } from './RuleFields';

const ShowActions = () => {
  const { identity } = useGetIdentity();
  const city = (identity as ConsoleIdentity | undefined)?.role === 'cityAdmin';
  return <TopToolbar>{city ? <EditButton /> : null}</TopToolbar>;
};

/** One rule as it is now, and every version it had (a deduction keeps the one it was given under). */
export const RuleShow = () => (
  <Show actions={<ShowActions />} error={<ShowErrorState />} {...recordErrorProps}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="version" />
      <TextField source="description" />
      <TextField source="category" />
      <Labeled source="points">
        <RulePointsField />
      </Labeled>
      <Labeled source="active">
        <RuleActiveField />
      </Labeled>
      <BeijingDateField source="updatedAt" />
      <ArrayField source="versions">
        <DataTable bulkActionButtons={false} data-testid="agency-rule-versions">
          <DataTable.Col source="version" />
          <DataTable.Col source="description" />
          <DataTable.Col source="points" render={() => <RulePointsField />} />
          <DataTable.Col source="active" render={() => <RuleActiveField />} />
          <DataTable.Col source="updatedAt" render={() => <BeijingDateField source="updatedAt" />} />
        </DataTable>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);
