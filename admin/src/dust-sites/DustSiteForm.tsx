import {
  AutocompleteInput,
  Create,
  Edit,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { dustSiteStatusChoices, dustSiteUpdateBody, dustTypeChoices } from './choices';

/** The fields both forms share; the API checks the phone (a mainland mobile) and the lengths. */
const SiteInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="location" validate={required()} />
    <SelectInput source="dustType" choices={dustTypeChoices} validate={required()} />
    <TextInput source="contactPhone" validate={required()} />
  </>
);

/** Only enterprises flagged 涉爆粉尘 may have sites: the picker offers those alone (the API refuses others). */
export const DustSiteCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ReferenceInput source="enterpriseId" reference="enterprises" filter={{ flag: 'dust' }}>
        <AutocompleteInput
          optionText="name"
          filterToQuery={(q: string) => (q.trim() ? { q: q.trim() } : {})}
          validate={required()}
        />
      </ReferenceInput>
      <SiteInputs />
    </SimpleForm>
  </Create>
);

/** The enterprise and the code are not edited here (a move is a new site; the code has its own button). */
export const DustSiteEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={dustSiteUpdateBody}>
    <SimpleForm>
      <SiteInputs />
      <SelectInput source="status" choices={dustSiteStatusChoices} validate={required()} />
    </SimpleForm>
  </Edit>
);
