import {
  ArrayInput,
  Create,
  Edit,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useGetIdentity,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { riskLevelChoices, riskStatusChoices } from './levels';

/** Controls come as strings; the form edits them as `{ text }` rows. */
const toForm = (record: { controls?: string[] }) => ({
  ...record,
  controls: (record.controls ?? []).map((text) => ({ text })),
});
const toApi = (data: Record<string, unknown>) => {
  const { controls, level, cycleDays, ...rest } = data as {
    controls?: { text: string }[];
    level?: string;
    cycleDays?: number;
  };
  return {
    ...rest,
    ...(level ? { level } : {}),
    ...(cycleDays ? { cycleDays } : {}),
    ...(controls?.length ? { controls: controls.map((row) => row.text) } : {}),
  };
};

const PointInputs = ({ edit }: { edit: boolean }) => {
  const { identity } = useGetIdentity();
  const manager = (identity as ConsoleIdentity | undefined)?.role !== 'enterpriseUser';
  return (
    <>
      {!edit && manager ? <TextInput source="enterpriseId" validate={required()} /> : null}
      <ReferenceInput source="classId" reference="risk-classes" perPage={100} filter={{ status: 'active' }}>
        <SelectInput optionText="name" validate={required()} />
      </ReferenceInput>
      <TextInput source="name" validate={required()} />
      <TextInput source="location" validate={required()} />
      <SelectInput source="level" choices={riskLevelChoices} helperText="留空则取风险类别的等级" />
      <NumberInput
        source="cycleDays"
        min={1}
        helperText="留空则取类别周期；可在 1 天到类别周期 2 倍之间调整"
      />
      <ArrayInput source="controls" helperText="留空则取风险类别的管控措施">
        <SimpleFormIterator inline>
          <TextInput source="text" label="管控措施" />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="responsible.name" validate={required()} />
      <TextInput source="responsible.phone" />
      {edit ? <SelectInput source="status" choices={riskStatusChoices} validate={required()} /> : null}
    </>
  );
};

export const RiskPointCreate = () => (
  <Create redirect="show" transform={toApi}>
    <SimpleForm>
      <PointInputs edit={false} />
    </SimpleForm>
  </Create>
);

export const RiskPointEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    transform={toApi}
    queryOptions={{ select: toForm as never }}
  >
    <SimpleForm>
      <PointInputs edit />
    </SimpleForm>
  </Edit>
);
