import type { FormUpdate } from '#functions/patrols/schemas';
import { currentForm, formView, latestVersion, saveVersion } from '#functions/patrols/store/forms';
import { NotFoundError, ValidationError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import { ok, written } from '#functions/platform/respond';

/** A district's form is read and edited by the city and by that district only; others get 404. */
function ownDistrict(principal: Principal, districtId: string): string {
  if (principal.role !== 'cityAdmin' && principal.districtId !== districtId)
    throw new NotFoundError('该辖市（区）的巡查表不存在或无权查看');
  return districtId;
}

/** GET /api/patrol-forms/current: the effective form (city items + the district's additions) with versions. */
export async function currentRoute(principal: Principal, districtId: string | undefined) {
  const wanted = districtId ?? principal.districtId;
  if (!wanted)
    throw new ValidationError([{ path: 'query.districtId', message: '请选择辖市（区）', code: 'required' }]);
  return ok(await currentForm(ownDistrict(principal, wanted)));
}

/** GET /api/patrol-forms/city and /districts/{districtId}: the newest version. */
export async function formRoute(principal: Principal, formKey: string) {
  if (formKey !== 'city') ownDistrict(principal, formKey);
  return ok(formView(await latestVersion(formKey)));
}

/** PUT: the edit becomes the next version; recorded patrols keep the items they were answered on. */
export async function saveRoute(principal: Principal, formKey: string, body: FormUpdate, now: Date) {
  if (formKey !== 'city') ownDistrict(principal, formKey);
  const { before, after } = await saveVersion(principal, formKey, body, now);
  const view = formView(after);
  return written(view, {
    action: 'update',
    entity: 'patrolForm',
    entityId: formKey,
    districtId: formKey === 'city' ? null : formKey,
    before: { version: before.version, items: before.items },
    after: { version: after.version, items: after.items },
    summary: `巡查表第 ${after.version} 版`,
  });
}
