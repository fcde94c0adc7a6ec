import { townCreateSchema, townUpdateSchema } from '#functions/org/schemas';
import { requiredText, zodFormValidator } from '../forms/zodValidation';

type Values = Record<string, unknown>;

export const toTownCreate = (values: Values) => ({
  districtId: requiredText(values.districtId),
  name: requiredText(values.name),
});
export const toTownUpdate = (values: Values) => ({ name: requiredText(values.name) });

export const validateTownCreate = zodFormValidator(townCreateSchema, toTownCreate);
export const validateTownUpdate = zodFormValidator(townUpdateSchema, toTownUpdate);
