import { Typography } from '@mui/material';
import { BooleanInput, Create, Edit, NumberInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { ruleCreateSchema, ruleUpdateSchema } from '#functions/agencies/schemas';
import { zodFormValidator } from '../forms/zodValidation';
import { ruleBody, ruleCreateBody } from './ruleBody';

const validateCreate = zodFormValidator(ruleCreateSchema, ruleCreateBody);
const validateUpdate = zodFormValidator(ruleUpdateSchema, ruleBody);

/** Fixed points, or a minimum and a maximum the deducting district chooses within. */
const RuleInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="description" isRequired multiline fullWidth />
      <TextInput source="category" isRequired />
      <NumberInput source="points" min={1} max={100} step={1} />
      <NumberInput source="pointsMin" min={1} max={100} step={1} />
      <NumberInput source="pointsMax" min={1} max={100} step={1} />
      <BooleanInput source="active" />
      <Typography variant="caption" color="text.secondary">
        {translate('app.agencyRule.versionHint')}
      </Typography>
    </>
  );
};

export const RuleCreate = () => (
  <Create redirect="show" transform={ruleCreateBody}>
    <SimpleForm validate={validateCreate} defaultValues={{ active: true }}>
      <TextInput source="code" isRequired placeholder="A-01" />
      <RuleInputs />
    </SimpleForm>
  </Create>
);

/** Saving writes version + 1; the code is not edited (a new code is a new rule). */
export const RuleEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={ruleBody}>
    <SimpleForm validate={validateUpdate}>
      <TextInput source="code" readOnly />
      <RuleInputs />
    </SimpleForm>
  </Edit>
);
