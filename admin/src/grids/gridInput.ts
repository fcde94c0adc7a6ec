import { gridCreateSchema, gridUpdateSchema } from '#functions/org/schemas';
import { requiredText, zodFormValidator } from '../forms/zodValidation';

type Values = Record<string, unknown>;

export const toGridCreate = (values: Values) => ({
  townId: requiredText(values.townId),
  name: requiredText(values.name),
});
export const toGridUpdate = (values: Values) => ({ name: requiredText(values.name) });

export const validateGridCreate = zodFormValidator(gridCreateSchema, toGridCreate);
export const validateGridUpdate = zodFormValidator(gridUpdateSchema, toGridUpdate);
