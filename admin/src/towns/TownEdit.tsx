import { DeleteButton, Edit, Labeled, SaveButton, SimpleForm, TextInput, Toolbar } from 'react-admin';
import { DistrictField } from '../shared/orgFields';
import { EditErrorState, LoadingState, recordErrorProps } from '../shared/states';
import { toTownUpdate, validateTownUpdate } from './townInput';

const TownToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);

/** A town keeps its district; only the name changes. */
export const TownEdit = () => (
  <Edit
    transform={toTownUpdate}
    mutationMode="pessimistic"
    redirect="list"
    loading={<LoadingState />}
    error={<EditErrorState />}
    {...recordErrorProps}
  >
    <SimpleForm validate={validateTownUpdate} toolbar={<TownToolbar />}>
      <Labeled source="districtId">
        <DistrictField source="districtId" />
      </Labeled>
      <TextInput source="name" isRequired />
    </SimpleForm>
  </Edit>
);
