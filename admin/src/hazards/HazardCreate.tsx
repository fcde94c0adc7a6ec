import {
  AutocompleteInput,
  Create,
  FormDataConsumer,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { hazardLevels, majorCategoryCodes } from '#functions/hazards/domain/kinds';

const levelChoices = hazardLevels.map((level) => ({ id: level, name: `app.hazard.level.${level}` }));
const categoryChoices = majorCategoryCodes.map((code) => ({ id: code, name: `app.hazard.category.${code}` }));

/**
 * 登记隐患 (supervisors, source 监管检查): an enterprise of the caller's scope, what was found and its level; a major
 * hazard also names its 判定标准 category and the rectification plan. The deadline follows from the level.
 */
export const HazardCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ level: 'general' }}>
      <ReferenceInput source="enterpriseId" reference="enterprises">
        <AutocompleteInput
          optionText="name"
          validate={required()}
          filterToQuery={(q: string) => (q ? { q } : {})}
        />
      </ReferenceInput>
      <TextInput source="description" multiline minRows={3} validate={required()} fullWidth />
      <SelectInput source="level" choices={levelChoices} validate={required()} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.level === 'major' ? (
            <>
              <SelectInput source="majorCategory" choices={categoryChoices} validate={required()} fullWidth />
              <TextInput source="rectificationPlan" multiline minRows={4} validate={required()} fullWidth />
            </>
          ) : null
        }
      </FormDataConsumer>
    </SimpleForm>
  </Create>
);
