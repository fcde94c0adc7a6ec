import { districtName } from '#functions/platform/districts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Audit entity → the console resource whose field labels name its changes. */
export const resourceOfEntity: Readonly<Record<string, string>> = {
  enterprise: 'enterprises',
  user: 'users',
  town: 'towns',
  grid: 'grids',
  message: 'messages',
};

/** A changed field's label from its resource's labels; nested contact fields by their group; else the name. */
export function fieldLabel(translate: Translate, entity: string, field: string): string {
  const resource = resourceOfEntity[entity] ?? entity;
  const base = `resources.${resource}.fields.${field}`;
  return translate(base, { _: translate(`${base}.name`, { _: field }) });
}

/**
 * A before/after value as a person reads it: names for districts, roles, flags, SMS statuses and templates, 是/否,
 * （空） for nothing. An enterprise's status is Chinese already and stays as it is.
 */
export function formatAuditValue(translate: Translate, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return translate('app.audit.empty');
  if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
  if (field === 'districtId' && typeof value === 'string') return districtName(value) ?? value;
  if (field === 'role' && typeof value === 'string') return translate(`app.roles.${value}`, { _: value });
  if (field === 'status' && typeof value === 'string')
    return translate(`app.message.status.${value}`, { _: value });
  if (field === 'template' && typeof value === 'string')
    return translate(`app.message.template.${value}`, { _: value });
  if (Array.isArray(value)) {
    if (value.length === 0) return translate('app.audit.empty');
    return value
      .map((item) =>
        field === 'flags'
          ? translate(`app.enterprise.flags.${String(item)}`, { _: String(item) })
          : String(item),
      )
      .join('、');
  }
  if (typeof value === 'object')
    // a contact { name, phone }: 李强 138****5678
    return Object.values(value as Record<string, unknown>)
      .filter((nested) => nested !== undefined && nested !== null && nested !== '')
      .map(String)
      .join(' ');
  return String(value);
}
