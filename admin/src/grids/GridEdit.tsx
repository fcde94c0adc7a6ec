import { DeleteButton, Edit, Labeled, SaveButton, SimpleForm, TextInput, Toolbar } from 'react-admin';
import { DistrictField, TownField } from '../shared/orgFields';
import { EditErrorState, LoadingState, recordErrorProps } from '../shared/states';
import { toGridUpdate, validateGridUpdate } from './gridInput';

const GridToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);

/** A grid stays in its town; only the name changes. */
export const GridEdit = () => (
  <Edit
    transform={toGridUpdate}
    mutationMode="pessimistic"
    redirect="list"
    loading={<LoadingState />}
    error={<EditErrorState />}
    {...recordErrorProps}
  >
    <SimpleForm validate={validateGridUpdate} toolbar={<GridToolbar />}>
      <Labeled source="districtId">
        <DistrictField />
      </Labeled>
      <Labeled source="townId">
        <TownField />
      </Labeled>
      <TextInput source="name" isRequired />
    </SimpleForm>
  </Edit>
);
