import { Create } from 'react-admin';
import { EnterpriseForm } from './EnterpriseForm';
import { toEnterpriseInput } from './enterpriseInput';

export const EnterpriseCreate = () => (
  <Create transform={toEnterpriseInput} redirect="show">
    <EnterpriseForm mode="create" />
  </Create>
);
