import { Create, SimpleForm, TextInput, useGetIdentity } from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { DistrictSelectInput, TownSelectInput } from '../shared/orgInputs';
import { toGridCreate, validateGridCreate } from './gridInput';

/** 新建网格: pick the district (to narrow the towns), the town, and the name. */
export const GridCreate = () => {
  const { identity } = useGetIdentity();
  const { role, scope } = (identity as ConsoleIdentity | undefined) ?? {};
  const ownDistrict = role === 'districtAdmin' ? scope?.districtId : undefined;
  return (
    <Create transform={toGridCreate} redirect="list">
      <SimpleForm validate={validateGridCreate} defaultValues={{ districtId: ownDistrict }}>
        <DistrictSelectInput clears={['townId']} disabled={Boolean(ownDistrict)} />
        <TownSelectInput isRequired />
        <TextInput source="name" isRequired />
      </SimpleForm>
    </Create>
  );
};
