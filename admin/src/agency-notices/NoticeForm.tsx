import {
  AutocompleteArrayInput,
  Create,
  Edit,
  ReferenceArrayInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { districtChoices } from '../shared/orgInputs';

type DeductionOption = { agencyName?: string; ruleDescription?: string; points?: number; date?: string };
const deductionText = (record: DeductionOption) =>
  `${record.agencyName ?? ''} · ${record.ruleDescription ?? ''} · ${record.points ?? ''} 分 · ${record.date ?? ''}`;

/** The deduction picker: live deductions the caller sees (the API keeps a district to its own issued ones). */
const DeductionPicker = () => (
  <ReferenceArrayInput
    source="deductionIds"
    reference="agency-deductions"
    filter={{ status: 'live' }}
    perPage={100}
  >
    <AutocompleteArrayInput optionText={deductionText} validate={required()} fullWidth />
  </ReferenceArrayInput>
);

const NoticeInputs = () => (
  <>
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="body" validate={required()} multiline minRows={6} fullWidth />
    <DeductionPicker />
  </>
);

/** The city admin chooses the issuer (市局 or a district); a district admin's notices are its district's. */
export const NoticeCreate = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const isCity = (identity as ConsoleIdentity | undefined)?.role === 'cityAdmin';
  const issuers = [{ id: 'city', name: translate('app.agencyNotice.city') }, ...districtChoices];
  return (
    <Create redirect="show">
      <SimpleForm>
        {isCity ? <SelectInput source="districtId" choices={issuers} defaultValue="city" /> : null}
        <NoticeInputs />
      </SimpleForm>
    </Create>
  );
};

const updateBody = ({ title, body, deductionIds }: Record<string, unknown>) => ({
  title,
  body,
  deductionIds,
});

/** A draft only: the API answers a published notice 409 (the show page offers no edit button for it). */
export const NoticeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={updateBody}>
    <SimpleForm>
      <NoticeInputs />
    </SimpleForm>
  </Edit>
);
