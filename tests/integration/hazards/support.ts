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
 * What the hazard tests share, over the enterprise tests' stack (live bindings): an enterprise of 武进区 town A
 * with a user, one of 溧阳市 with a user, and supervisors of town A, 武进区 and 溧阳市.
 */
export { places, send, stack };
export const who = {} as Record<
  'firm' | 'firm2' | 'liyangFirm' | 'town' | 'town2' | 'wujin' | 'liyangAdmin' | 'city' | 'grid',
  Headers
>;
export const ids = {} as Record<'firm' | 'liyangFirm' | 'firmUser' | 'firmUser2' | 'town', string>;

export async function startHazardStack() {
  await startWithPlaces();
  ids.firm = (await makeEnterprise(places.wujinA, { name: '常州湖塘机械厂' })).id;
  ids.liyangFirm = (await makeEnterprise(places.liyang, { name: '溧阳天目湖建材厂' })).id;
  const firmUser = await signedIn(stack, {
    role: 'enterpriseUser',
    districtId: 'wujin',
    enterpriseId: ids.firm,
  });
  const firmUser2 = await signedIn(stack, {
    role: 'enterpriseUser',
    districtId: 'wujin',
    enterpriseId: ids.firm,
  });
  const liyangUser = await signedIn(stack, {
    role: 'enterpriseUser',
    districtId: 'liyang',
    enterpriseId: ids.liyangFirm,
  });
  Object.assign(who, {
    firm: firmUser.headers,
    firm2: firmUser2.headers,
    liyangFirm: liyangUser.headers,
    town: (await signedIn(stack, { role: 'townOfficer', ...places.wujinA })).headers,
    town2: (await signedIn(stack, { role: 'townOfficer', ...places.wujinA })).headers,
    wujin: (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers,
    liyangAdmin: (await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' })).headers,
    city: (await signedIn(stack, { role: 'cityAdmin' })).headers,
    grid: (await signedIn(stack, { role: 'gridMember', ...places.wujinA })).headers,
  });
  ids.firmUser = firmUser.user.id;
  ids.firmUser2 = firmUser2.user.id;
}

export const stopHazardStack = stopEnterpriseStack;

let photoSerial = 0;

/** A photo item written straight through the photos store, as the upload check leaves it. */
export async function storedPhoto(input: {
  enterpriseId: string;
  uploadedBy: string;
  kind?: 'hazard' | 'rectification' | 'scan';
  status?: 'PENDING' | 'VERIFIED' | 'REJECTED';
}): Promise<string> {
  const { photo } = await import('#functions/photos/store/entities/photo');
  const { newId } = await import('#functions/platform/ids');
  photoSerial += 1;
  const photoId = newId();
  const status = input.status ?? 'VERIFIED';
  const kind = input.kind ?? 'rectification';
  await photo
    .create({
      photoId,
      kind,
      status,
      key: `${kind}/wujin/${input.enterpriseId}/2026-12-02/${photoId}.jpg`,
      contentType: 'image/jpeg',
      enterpriseId: input.enterpriseId,
      districtId: 'wujin',
      uploadedBy: input.uploadedBy,
      uploadedAt: new Date().toISOString(),
      ...(status === 'VERIFIED' ? { sha256: `${photoSerial}`.padStart(64, '0'), size: 2048 } : {}),
    })
    .go();
  return photoId;
}

/** The stored hazard, read straight from the table. */
export async function storedHazard(id: string) {
  const { hazard } = await import('#functions/hazards/store/entities/hazard');
  return (await hazard.get({ hazardId: id }).go({ consistent: true })).data;
}

export const generalHazard = (enterpriseId: string) => ({
  enterpriseId,
  description: '配电箱门未关闭，电缆裸露',
  level: 'general',
});
