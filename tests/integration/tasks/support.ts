import type { NewTask } from '#functions/tasks/index';
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
 * What the task tests share, over the enterprise tests' stack (live bindings): an enterprise in 武进区 town A,
 * one in town B, one in 溧阳市, and the people tasks are given to (two officers of town A, one of town B, the
 * 武进区 and 溧阳市 admins), the city, a grid member and an enterprise user.
 */
export { places, send, stack };

type Who = 'townA' | 'townA2' | 'townB' | 'wujin' | 'liyang' | 'city' | 'grid' | 'firm';
export const who = {} as Record<Who, Headers>;
export const userIds = {} as Record<Who, string>;
export const firms = {} as Record<'a' | 'b' | 'liyang', string>;

export async function startTaskStack() {
  await startWithPlaces();
  firms.a = (await makeEnterprise(places.wujinA, { name: '常州湖塘粉末冶金厂' })).id;
  firms.b = (await makeEnterprise(places.wujinB, { name: '常州牛塘木业' })).id;
  firms.liyang = (await makeEnterprise(places.liyang, { name: '溧阳天目湖铝业' })).id;
  const people: Record<Who, Parameters<typeof signedIn>[1]> = {
    townA: { role: 'townOfficer', ...places.wujinA },
    townA2: { role: 'townOfficer', ...places.wujinA },
    townB: { role: 'townOfficer', ...places.wujinB },
    wujin: { role: 'districtAdmin', districtId: 'wujin' },
    liyang: { role: 'districtAdmin', districtId: 'liyang' },
    city: { role: 'cityAdmin' },
    grid: { role: 'gridMember', ...places.wujinA },
    firm: { role: 'enterpriseUser', districtId: 'wujin', enterpriseId: firms.a },
  };
  for (const [name, input] of Object.entries(people) as [Who, (typeof people)[Who]][]) {
    const signed = await signedIn(stack, input);
    who[name] = signed.headers;
    userIds[name] = signed.user.id;
  }
}

export const stopTaskStack = stopEnterpriseStack;

let serial = 0;
const DAY = 86_400_000;

/** A dust task as the ladder would create it; `dueInDays` < 0 makes it overdue now. */
export function dustTask(
  kind: 'dustUrge' | 'dustVerify',
  at: 'a' | 'b' | 'liyang',
  dueInDays: number,
): NewTask {
  serial += 1;
  const place = at === 'a' ? places.wujinA : at === 'b' ? places.wujinB : places.liyang;
  return {
    taskKey: `test#${kind}#${at}#${serial}#${Date.now()}`,
    kind,
    title: `测试任务${serial}`,
    assignee:
      kind === 'dustUrge'
        ? { level: 'town', districtId: place.districtId, townId: place.townId }
        : { level: 'district', districtId: place.districtId, townId: place.townId },
    subject: { enterpriseId: firms[at], siteId: `site-${serial}`, siteName: `一号车间${serial}` },
    dueAt: new Date(Date.now() + dueInDays * DAY).toISOString(),
    ...(kind === 'dustVerify' ? { urgent: true } : {}),
  };
}

/** Creates through the capability's index, as a job does (there is no create route). */
export async function made(task: NewTask): Promise<string> {
  const { createTask } = await import('#functions/tasks/index');
  return (await createTask(task, new Date())).taskId;
}

/** The stored task, read straight from the table. */
export async function storedTask(taskId: string) {
  const { task } = await import('#functions/tasks/store/entities/task');
  return (await task.get({ taskId }).go({ consistent: true })).data;
}

/** A photo item as the upload check leaves it (VERIFIED unless told), of `kind` (default task). */
export async function storedPhoto(input: {
  enterpriseId: string;
  districtId: string;
  uploadedBy: string;
  kind?: 'task' | 'hazard';
  status?: 'PENDING' | 'VERIFIED';
}): Promise<string> {
  const { photo } = await import('#functions/photos/store/entities/photo');
  const { newId } = await import('#functions/platform/ids');
  const photoId = newId();
  const status = input.status ?? 'VERIFIED';
  const kind = input.kind ?? 'task';
  await photo
    .create({
      photoId,
      kind,
      status,
      key: `${kind}/${input.districtId}/${input.enterpriseId}/2026-12-02/${photoId}.jpg`,
      contentType: 'image/jpeg',
      enterpriseId: input.enterpriseId,
      districtId: input.districtId,
      uploadedBy: input.uploadedBy,
      uploadedAt: new Date().toISOString(),
      ...(status === 'VERIFIED' ? { sha256: photoId.padEnd(64, '0'), size: 2048 } : {}),
    })
    .go();
  return photoId;
}
