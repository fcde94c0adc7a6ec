import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hazard, HazardDetail } from '#functions/hazards/schemas';
import { signedIn } from '#tests/fixtures/auth';
import {
  generalHazard,
  ids,
  places,
  send,
  stack,
  startHazardStack,
  stopHazardStack,
  storedPhoto,
  who,
} from './support';

/**
 * What a hazard's users are told, against hand-written answers: a supervisor's finding with its photos and the
 * gallery of the detail, each step's author in the history, and the Chinese refusals (404s and 409s).
 */
let officer: { id: string; headers: Record<string, string> };

beforeAll(async () => {
  await startHazardStack();
  const signed = await signedIn(stack, { role: 'townOfficer', ...places.wujinA });
  officer = { id: signed.user.id, headers: signed.headers };
});
afterAll(stopHazardStack);

const errorOf = (answer: { body: unknown }) =>
  (answer.body as { error: { code: string; message: string } }).error;

describe('a finding with photos, and the gallery', () => {
  it("keeps the supervisor's own hazard photo, and shows it beside the rectification's photo by purpose", async () => {
    const found = await storedPhoto({ enterpriseId: ids.firm, uploadedBy: officer.id, kind: 'hazard' });
    const created = await send('POST', '/api/hazards', officer.headers, {
      ...generalHazard(ids.firm),
      photoIds: [found],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const hazard = created.body as Hazard;
    expect(hazard.photoIds).toEqual([found]);
    const fixed = await storedPhoto({ enterpriseId: ids.firm, uploadedBy: ids.firmUser });
    const rectified = await send('POST', `/api/hazards/${hazard.id}/rectification`, who.firm, {
      description: '已加锁',
      photoIds: [fixed],
    });
    expect(rectified.status).toBe(200);
    // The district reads it: these stored photos carry no town, which a town officer's photo scope needs.
    const detail = (await send('GET', `/api/hazards/${hazard.id}`, who.wujin)).body as HazardDetail;
    expect(detail.photos.map(({ photoId, purpose }) => [photoId, purpose])).toEqual([
      [found, 'hazard'],
      [fixed, 'rectification'],
    ]);
    expect(detail.history.map((step) => [step.action, step.by, step.role, step.note])).toEqual([
      ['create', officer.id, 'townOfficer', '配电箱门未关闭，电缆裸露'],
      ['rectify', ids.firmUser, 'enterpriseUser', '已加锁'],
    ]);
  });

  it('refuses a finding with a photo of another kind on photoIds, writing nothing', async () => {
    const wrongKind = await storedPhoto({
      enterpriseId: ids.firm,
      uploadedBy: officer.id,
      kind: 'rectification',
    });
    const before = (await send('GET', '/api/hazards?status=OPEN', who.city)).body as { data: unknown[] };
    const answer = await send('POST', '/api/hazards', officer.headers, {
      ...generalHazard(ids.firm),
      photoIds: [wrongKind],
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: { fields: [{ path: 'body.photoIds', code: 'PHOTO_NOT_USABLE' }] },
    });
    const after = (await send('GET', '/api/hazards?status=OPEN', who.city)).body as { data: unknown[] };
    expect(after.data.length).toBe(before.data.length);
  });
});

describe('refusals', () => {
  it('says in Chinese that a hazard or an enterprise is missing or out of scope', async () => {
    const missing = await send('GET', '/api/hazards/no-such-hazard', who.town);
    expect(missing.status).toBe(404);
    expect(errorOf(missing).message).toBe('隐患不存在或不在您的管辖范围内');
    const noFirm = await send('POST', '/api/hazards', who.town, generalHazard('no-such-firm'));
    expect(noFirm.status).toBe(404);
    expect(errorOf(noFirm).message).toBe('企业不存在或不在您的管辖范围内');
  });

  it('says what state a hazard is in when a step does not fit it', async () => {
    const hazard = (await send('POST', '/api/hazards', who.town, generalHazard(ids.firm))).body as Hazard;
    const review = (decision: 'close' | 'reject') =>
      send('POST', `/api/hazards/${hazard.id}/review`, who.town, { decision, reason: '核实' });
    const rectify = async () =>
      send('POST', `/api/hazards/${hazard.id}/rectification`, who.firm, {
        description: '已整改',
        photoIds: [await storedPhoto({ enterpriseId: ids.firm, uploadedBy: ids.firmUser })],
      });

    const early = await review('close');
    expect([early.status, errorOf(early).code]).toEqual([409, 'HAZARD_STATE']);
    expect(errorOf(early).message).toBe(
      '该隐患尚未提交整改（或已被退回整改），暂不能验收；请待企业提交整改后再验收',
    );
    expect((await rectify()).status).toBe(200);
    const twice = await rectify();
    expect([twice.status, errorOf(twice).code]).toEqual([409, 'HAZARD_STATE']);
    expect(errorOf(twice).message).toBe('该隐患已提交整改，正在等待监管人员验收');
    expect((await review('close')).status).toBe(200);
    const afterClose = await rectify();
    expect(errorOf(afterClose).message).toBe('该隐患已闭环，不能再变更；如有新问题请另行登记隐患');
    const reviewClosed = await review('reject');
    expect([reviewClosed.status, errorOf(reviewClosed).message]).toEqual([
      409,
      '该隐患已闭环，不能再变更；如有新问题请另行登记隐患',
    ]);
  });
});
