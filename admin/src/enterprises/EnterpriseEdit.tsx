import { Edit } from 'react-admin';
import { EditErrorState, LoadingState, recordErrorProps } from '../shared/states';
import { EnterpriseForm } from './EnterpriseForm';
import { toEnterpriseInput } from './enterpriseInput';

/** Saves only when the API answers (pessimistic), so its field errors land on the form and nothing is undone. */
export const EnterpriseEdit = () => (
  <Edit
    transform={toEnterpriseInput}
    mutationMode="pessimistic"
    redirect="show"
    loading={<LoadingState />}
    error={<EditErrorState />}
    {...recordErrorProps}
  >
    <EnterpriseForm mode="edit" />
  </Edit>
);
