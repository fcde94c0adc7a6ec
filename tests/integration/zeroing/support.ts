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
import { storedPhoto } from '#tests/integration/hazards/support';

export type { Headers };
/**
 * What the zeroing tests share, over the enterprise tests' stack: three enterprises in 武进区 (two in town A, one
 * in town B) and one in 溧阳市, each with an enterprise user; the city admin, the 武进区 and 溧阳市 admins, a town
 * officer of 湖塘 (town A) and a grid member.
 */
export { places, send, stack };
export type Error4xx = {
  error: { code: string; message: string; fields?: { path: string; message: string; code: string }[] };
};

export const who = {} as Record<'city' | 'wujin' | 'liyang' | 'town' | 'grid', Headers>;
export const firms = {} as Record<
  'a1' | 'a2' | 'b1' | 'liyang',
  { id: string; creditCode: string; user: Headers; userId: string }
>;

export async function startZeroingStack() {
  await startWithPlaces();
  const make = async (place: typeof places.wujinA, name: string) => {
    const enterprise = await makeEnterprise(place, { name });
    const user = await signedIn(stack, {
      role: 'enterpriseUser',
      districtId: place.districtId,
      enterpriseId: enterprise.id,
    });
    return { id: enterprise.id, creditCode: enterprise.creditCode, user: user.headers, userId: user.user.id };
  };
  firms.a1 = await make(places.wujinA, '常州湖塘冶金厂');
  firms.a2 = await make(places.wujinA, '常州湖塘铝业公司');
  firms.b1 = await make(places.wujinB, '常州牛塘机械厂');
  firms.liyang = await make(places.liyang, '溧阳天目湖建材厂');
  Object.assign(who, {
    city: (await signedIn(stack, { role: 'cityAdmin' })).headers,
    wujin: (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers,
    liyang: (await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' })).headers,
    town: (await signedIn(stack, { role: 'townOfficer', ...places.wujinA })).headers,
    grid: (await signedIn(stack, { role: 'gridMember', ...places.wujinA })).headers,
  });
}

export const stopZeroingStack = stopEnterpriseStack;

/** Asserts a setup call succeeded and answers its body. */
export async function ok<T>(answer: Promise<{ status: number; body: unknown }>): Promise<T> {
  const { status, body } = await answer;
  if (status >= 300) throw new Error(`setup failed: ${status} ${JSON.stringify(body)}`);
  return body as T;
}

/** A major hazard (重大隐患) of `enterpriseId`, recorded by the city admin. */
export async function majorHazard(
  enterpriseId: string,
  description = '粉尘涉爆除尘系统未按规定设置泄爆装置',
) {
  return ok<{ id: string }>(
    send('POST', '/api/hazards', who.city, {
      enterpriseId,
      description,
      level: 'major',
      majorCategory: Object.keys((await import('#functions/hazards/domain/kinds')).majorCategories)[0],
      rectificationPlan: '停用除尘系统，加装泄爆片并经检测合格后恢复',
    }),
  );
}

/** Closes a hazard as its enterprise and the city would: rectified with a verified photo, then accepted. */
export async function closeHazard(hazardId: string, firm: { id: string; user: Headers; userId: string }) {
  const photoId = await storedPhoto({ enterpriseId: firm.id, uploadedBy: firm.userId });
  await ok(
    send('POST', `/api/hazards/${hazardId}/rectification`, firm.user, {
      description: '已加装泄爆片',
      photoIds: [photoId],
    }),
  );
  await ok(
    send('POST', `/api/hazards/${hazardId}/review`, who.city, { decision: 'close', reason: '整改到位' }),
  );
}

export async function newCampaign(name = '2022 年百日清零行动', startDate = '2022-06-01') {
  return ok<{ id: string; endDate: string }>(
    send('POST', '/api/zeroing-campaigns', who.city, { name, startDate }),
  );
}

/** A check body that gives every listed hazard the same result. */
export const checkOf = (
  enterpriseId: string,
  level: 'province' | 'city' | 'district',
  hazardIds: string[],
  zeroed: boolean,
  checkedOn = '2022-07-01',
) => ({
  enterpriseId,
  level,
  checkedOn,
  checkers: ['张明', '李华'],
  results: hazardIds.map((hazardId) => ({
    hazardId,
    zeroed,
    ...(zeroed ? {} : { note: '泄爆装置仍未安装' }),
  })),
});

/** Writes made to the emulators by `act` (after the workers it started are idle). */
export async function writesDuring<T>(act: () => Promise<T>) {
  await stack.whenIdle();
  const before = stack.storageWrites();
  const result = await act();
  await stack.whenIdle();
  return { writes: stack.storageWrites() - before, result };
}
