import {
  CheckboxGroupInput,
  Create,
  Edit,
  SelectInput,
  SimpleForm,
  TextInput,
  useGetIdentity,
} from 'react-admin';
import { agencyCreateSchema } from '#functions/agencies/schemas';
import type { ConsoleIdentity } from '../auth/authProvider';
import { creditCodeInput } from '../enterprises/enterpriseInput';
import { zodFormValidator } from '../forms/zodValidation';
import { DayInput } from '../shared/DayInput';
import { DistrictSelectInput, districtChoices } from '../shared/orgInputs';
import { agencyBody, agencyStatusChoices, agencyTypeChoices } from './choices';

/** The API's own schema (credit-code check character, phone, day, districts), with its Chinese messages. */
const validateAgency = zodFormValidator(agencyCreateSchema, agencyBody);

/** Both forms' fields; a district admin registers agencies in its own district only (the API refuses others). */
const AgencyInputs = ({ withStatus }: { withStatus: boolean }) => {
  const { identity } = useGetIdentity();
  const { role, scope } = (identity as ConsoleIdentity | undefined) ?? {};
  const ownDistrict = role === 'districtAdmin' ? scope?.districtId : undefined;
  return (
    <>
      <TextInput source="name" isRequired fullWidth />
      <TextInput source="creditCode" isRequired parse={creditCodeInput} />
      <SelectInput source="type" choices={agencyTypeChoices} isRequired />
      <DistrictSelectInput
        source="districtId"
        isRequired
        {...(ownDistrict ? { defaultValue: ownDistrict, readOnly: true } : {})}
      />
      <CheckboxGroupInput source="workDistrictIds" choices={districtChoices} row />
      <TextInput source="certificateNo" isRequired />
      <DayInput source="certificateExpiry" />
      <TextInput source="contactName" isRequired />
      <TextInput source="contactPhone" isRequired />
      {withStatus ? <SelectInput source="status" choices={agencyStatusChoices} isRequired /> : null}
    </>
  );
};

export const AgencyCreate = () => (
  <Create redirect="show" transform={agencyBody}>
    <SimpleForm validate={validateAgency} defaultValues={{ workDistrictIds: [], status: 'registered' }}>
      <AgencyInputs withStatus={false} />
    </SimpleForm>
  </Create>
);

/** Nothing is deleted: an agency is suspended or deregistered through its status. */
export const AgencyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={agencyBody}>
    <SimpleForm validate={validateAgency}>
      <AgencyInputs withStatus />
    </SimpleForm>
  </Edit>
);
