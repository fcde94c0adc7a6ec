import type { FormUpdate, PatrolForm, PatrolPlan } from '#functions/patrols/schemas';
import { type ApiClient, createApiClient } from '../api/httpClient';

export type { PatrolForm, PatrolPlan };

/** One row of the items editor: a kept item carries its id, a new one has none (the API numbers it). */
export interface ItemRow {
  key: string;
  itemId?: string;
  text: string;
}

/** Items of a form at most (the API's limit) and characters per item. */
export const MAX_ITEMS = 60;
export const MAX_TEXT = 200;

/** The editor's rows of a stored form, keyed by item id. */
export const rowsOf = (form: Pick<PatrolForm, 'items'>): ItemRow[] =>
  form.items.map(({ itemId, text }) => ({ key: itemId, itemId, text }));

/**
 * What is wrong with the rows, as an i18n key, or null: every text filled and short enough, not too many, and
 * the city's form never empty (a district may remove all its additions; the API refuses an empty city form).
 */
export function rowsError(rows: readonly ItemRow[], formKey?: string): string | null {
  if (formKey === 'city' && rows.length === 0) return 'app.patrolForm.cityEmpty';
  if (rows.length > MAX_ITEMS) return 'app.patrolForm.tooMany';
  if (rows.some((row) => row.text.trim() === '')) return 'app.patrolForm.emptyText';
  if (rows.some((row) => row.text.trim().length > MAX_TEXT)) return 'app.patrolForm.tooLong';
  return null;
}

/** The PUT body: the version the editor started from and the rows, trimmed; new rows without an id. */
export const bodyOf = (rows: readonly ItemRow[], baseVersion: number): FormUpdate => ({
  baseVersion,
  items: rows.map(({ itemId, text }) => (itemId ? { itemId, text: text.trim() } : { text: text.trim() })),
});

/** `city` or a district's additions: where the form is read and written. */
export const formPath = (formKey: string) =>
  formKey === 'city' ? '/patrol-forms/city' : `/patrol-forms/districts/${encodeURIComponent(formKey)}`;

/** The calls the forms page makes (a client of its own so tests can pass a fake fetch). */
export function formsApi(api: ApiClient = createApiClient()) {
  return {
    readForm: (formKey: string) => api<PatrolForm>(formPath(formKey)),
    saveForm: (formKey: string, body: FormUpdate) =>
      api<PatrolForm>(formPath(formKey), { method: 'PUT', body }),
    readPlans: () => api<{ data: PatrolPlan[] }>('/patrol-plans').then((page) => page.data),
    savePlan: (districtId: string, frequencyDays: number) =>
      api<PatrolPlan>(`/patrol-plans/${encodeURIComponent(districtId)}`, {
        method: 'PUT',
        body: { frequencyDays },
      }),
  };
}

/** A whole number of days 1–366, or null (the API's rule, said before sending). */
export function frequencyOf(text: string): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const days = Number(text.trim());
  return days >= 1 && days <= 366 ? days : null;
}
