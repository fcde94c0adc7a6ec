import { Alert } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  Create,
  Edit,
  NumberInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { riskLevelChoices, riskStatusChoices } from '../risk-points/levels';

/** Controls come as strings; the form edits them as `{ text }` rows. */
const toForm = (record: { controls?: string[] }) => ({
  ...record,
  controls: (record.controls ?? []).map((text) => ({ text })),
});
const toApi = (data: Record<string, unknown>) => ({
  ...data,
  controls: ((data.controls as { text: string }[] | undefined) ?? []).map((row) => row.text),
});

const ClassInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <Alert severity="info">{translate('app.riskClass.retireHint')}</Alert>
      <TextInput source="name" validate={required()} />
      <TextInput source="family" validate={required()} />
      <SelectInput source="level" choices={riskLevelChoices} validate={required()} />
      <NumberInput source="cycleDays" min={1} max={365} validate={required()} />
      <ArrayInput source="controls">
        <SimpleFormIterator inline>
          <TextInput source="text" label="resources.risk-classes.fields.controls" />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="checklist">
        <SimpleFormIterator inline>
          <TextInput source="text" />
          <BooleanInput source="photoRequired" />
        </SimpleFormIterator>
      </ArrayInput>
      <SelectInput source="status" choices={riskStatusChoices} defaultValue="active" validate={required()} />
    </>
  );
};

export const RiskClassCreate = () => (
  <Create redirect="list" transform={toApi}>
    <SimpleForm>
      <ClassInputs />
    </SimpleForm>
  </Create>
);

/** Editing keeps each checklist item's id (answers recorded against it still name it). */
export const RiskClassEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="list"
    transform={toApi}
    queryOptions={{ select: toForm as never }}
  >
    <SimpleForm>
      <ClassInputs />
    </SimpleForm>
  </Edit>
);
