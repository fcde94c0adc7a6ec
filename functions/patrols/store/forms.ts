import {
  defaultCityItems,
  type EffectiveItem,
  editedItems,
  effectiveItems,
  type FormItem,
  formVersionLabel,
  lastNumber,
  numberedItems,
} from '#functions/patrols/domain/forms';
import type { EffectiveForm, FormUpdate, PatrolForm } from '#functions/patrols/schemas';
import { patrolForm } from '#functions/patrols/store/entities/form';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, ValidationError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';

interface StoredVersion {
  formKey: string;
  version: number;
  items: FormItem[];
  lastUsed: number;
  updatedAt?: string;
  updatedByName?: string;
}

/** The city form before any edit: the built-in default, as version 1 (the seed stores the same). */
const builtInCity = (): StoredVersion => {
  const items = numberedItems('city', defaultCityItems);
  return { formKey: 'city', version: 1, items, lastUsed: items.length };
};
/** A district that added nothing: version 0, no items. */
const noAdditions = (formKey: string): StoredVersion => ({ formKey, version: 0, items: [], lastUsed: 0 });
const fallback = (formKey: string) => (formKey === 'city' ? builtInCity() : noAdditions(formKey));

/** The form's newest version (one key-range read, newest first), or its fallback. */
export async function latestVersion(formKey: string): Promise<StoredVersion> {
  const { data } = await patrolForm.query.byForm({ formKey }).go({ order: 'desc', limit: 1, pages: 1 });
  return (data[0] as StoredVersion | undefined) ?? fallback(formKey);
}

/** One exact version, or undefined when it never existed. */
export async function exactVersion(formKey: string, version: number): Promise<StoredVersion | undefined> {
  const { data } = await patrolForm.get({ formKey, version }).go();
  if (data) return data as StoredVersion;
  const fixed = fallback(formKey);
  return fixed.version === version ? fixed : undefined;
}

/** A stored version as the API shows it (without `lastUsed`, the numbering counter). */
export const formView = (stored: StoredVersion): PatrolForm => ({
  id: stored.formKey,
  formKey: stored.formKey,
  version: stored.version,
  items: stored.items.map(({ itemId, text }) => ({ itemId, text })),
  ...(stored.updatedAt ? { updatedAt: stored.updatedAt } : {}),
  ...(stored.updatedByName ? { updatedByName: stored.updatedByName } : {}),
});

/** The district's effective form now: the city's newest items and the district's newest additions. */
export async function currentForm(districtId: string): Promise<EffectiveForm> {
  const [city, district] = await Promise.all([latestVersion('city'), latestVersion(districtId)]);
  return {
    districtId,
    cityVersion: city.version,
    districtVersion: district.version,
    formVersion: formVersionLabel(city.version, districtId, district.version),
    items: effectiveItems(city.items, district.items),
  };
}

/** The items of the exact versions a patrol was answered against; a version that never existed is a 400. */
export async function formAt(
  districtId: string,
  cityVersion: number,
  districtVersion: number,
): Promise<EffectiveItem[]> {
  const [city, district] = await Promise.all([
    exactVersion('city', cityVersion),
    exactVersion(districtId, districtVersion),
  ]);
  if (!city || !district)
    throw new ValidationError(
      [
        {
          path: city ? 'body.districtVersion' : 'body.cityVersion',
          message: '巡查表版本不存在，请刷新巡查表后重新填写',
          code: 'FORM_VERSION_UNKNOWN',
        },
      ],
      '巡查表版本不存在，请刷新巡查表后重新填写',
    );
  return effectiveItems(city.items, district.items);
}

/**
 * Saves an edit as the next version. The editor names the version it started from: a newer one stored since
 * is a 409 (reload and edit again), and so is a concurrent edit that created the same next version first.
 */
export async function saveVersion(
  principal: Principal,
  formKey: string,
  edit: FormUpdate,
  now: Date,
): Promise<{ before: StoredVersion; after: StoredVersion }> {
  // A district may remove all its additions; the city's form without items would leave nothing to answer
  // (a patrol needs at least one answer), so no district could record a patrol any more.
  if (formKey === 'city' && edit.items.length === 0)
    throw new ValidationError(
      [{ path: 'body.items', message: '市级巡查表至少保留 1 个检查项', code: 'FORM_EMPTY' }],
      '市级巡查表至少保留 1 个检查项',
    );
  const before = await latestVersion(formKey);
  const stale = () =>
    new ConflictError(
      'FORM_VERSION_STALE',
      `巡查表已被修改为第 ${before.version} 版，请刷新后在最新版本上修改`,
      { fields: [{ path: 'body.baseVersion', message: '版本已过期，请刷新', code: 'FORM_VERSION_STALE' }] },
    );
  if (edit.baseVersion !== before.version) throw stale();
  const lastUsed = Math.max(before.lastUsed, lastNumber(formKey, before.items));
  const next = editedItems(formKey, before.items, edit.items, lastUsed);
  if (next.unknownIds.length > 0)
    throw new ValidationError([
      {
        path: 'body.items',
        message: `检查项 ${next.unknownIds.join('、')} 不在当前版本中：新增的检查项不要填写编号`,
        code: 'FORM_ITEM_UNKNOWN',
      },
    ]);
  const after: StoredVersion = {
    formKey,
    version: before.version + 1,
    items: next.items,
    lastUsed: next.lastUsed,
    updatedAt: now.toISOString(),
    updatedByName: principal.name,
  };
  try {
    await patrolForm
      .create({
        ...after,
        updatedAt: now.toISOString(),
        updatedBy: principal.userId,
        updatedByName: principal.name,
      })
      .go({ response: 'none' });
  } catch (error) {
    if (isConditionFailure(error)) throw stale();
    throw error;
  }
  return { before, after };
}
