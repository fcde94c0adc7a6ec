import type { RiskClass, RiskPoint } from '#functions/risk-points/schemas';
import { signedIn } from '#tests/fixtures/auth';
import {
  type Headers,
  makeEnterprise,
  places,
  send,
  stack,
  startWithPlaces,
  stopEnterpriseStack,
} from '#tests/integration/enterprises/support';

/**
 * What the risk-point tests share, over the enterprise tests' stack (live bindings): an enterprise of 武进区
 * town A with a user, a second enterprise of town A, one of 溧阳市 with a user, and supervisors of town A,
 * 武进区, 溧阳市 and the city.
 */
export { places, send, stack };
export const who = {} as Record<
  'firm' | 'firm2User' | 'liyangFirm' | 'town' | 'grid' | 'wujin' | 'liyangAdmin' | 'city',
  Headers
>;
export const ids = {} as Record<'firm' | 'firm2' | 'liyangFirm', string>;

export async function startRiskPointStack() {
  await startWithPlaces();
  ids.firm = (await makeEnterprise(places.wujinA, { name: '常州湖塘喆犇机械厂' })).id;
  ids.firm2 = (await makeEnterprise(places.wujinA, { name: '常州湖塘铸造厂' })).id;
  ids.liyangFirm = (await makeEnterprise(places.liyang, { name: '溧阳天目湖建材厂' })).id;
  const user = (enterpriseId: string, districtId: string) =>
    signedIn(stack, { role: 'enterpriseUser', districtId, enterpriseId }).then((signed) => signed.headers);
  Object.assign(who, {
    firm: await user(ids.firm, 'wujin'),
    firm2User: await user(ids.firm2, 'wujin'),
    liyangFirm: await user(ids.liyangFirm, 'liyang'),
    town: (await signedIn(stack, { role: 'townOfficer', ...places.wujinA })).headers,
    grid: (await signedIn(stack, { role: 'gridMember', ...places.wujinA })).headers,
    wujin: (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers,
    liyangAdmin: (await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' })).headers,
    city: (await signedIn(stack, { role: 'cityAdmin' })).headers,
  });
}

export const stopRiskPointStack = stopEnterpriseStack;

/** A valid point of seeded class `classId` (default 有限空间·污水池, yellow → orange 7 days). */
export function validPoint(overrides: Record<string, unknown> = {}) {
  return {
    classId: 'rc-confined-01',
    name: '1 号污水池',
    location: '厂区东南角',
    responsible: { name: '王建国', phone: '13812345678' },
    ...overrides,
  };
}

export async function makePoint(
  headers: Headers,
  overrides: Record<string, unknown> = {},
): Promise<RiskPoint> {
  const answer = await send('POST', '/api/risk-points', headers, validPoint(overrides));
  if (answer.status !== 201) throw new Error(`setup failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as RiskPoint;
}

export async function readAllPages<T = RiskPoint>(path: string, headers: Headers): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 50; pages += 1) {
    const separator = path.includes('?') ? '&' : '?';
    const answer = await send(
      'GET',
      `${path}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`,
      headers,
    );
    if (answer.status !== 200)
      throw new Error(`list failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    const body = answer.body as { data: T[]; nextCursor: string | null };
    all.push(...body.data);
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return all;
}

export type { RiskClass, RiskPoint };
