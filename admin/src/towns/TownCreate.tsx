import { Create, SimpleForm, TextInput, useGetIdentity } from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { DistrictSelectInput } from '../shared/orgInputs';
import { toTownCreate, validateTownCreate } from './townInput';

/** 新建镇（街道）: its district (a district administrator's own) and its name. */
export const TownCreate = () => {
  const { identity } = useGetIdentity();
  const { role, scope } = (identity as ConsoleIdentity | undefined) ?? {};
  const ownDistrict = role === 'districtAdmin' ? scope?.districtId : undefined;
  return (
    <Create transform={toTownCreate} redirect="list">
      <SimpleForm validate={validateTownCreate} defaultValues={{ districtId: ownDistrict }}>
        <DistrictSelectInput isRequired disabled={Boolean(ownDistrict)} />
        <TextInput source="name" isRequired />
      </SimpleForm>
    </Create>
  );
};
