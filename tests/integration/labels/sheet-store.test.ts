import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * The label-sheet store on the emulators, against hand-written answers: what a new sheet stores, the audit
 * record it gives, the view with its download link, and who may read a sheet.
 */
let stack: LocalStack;
const NOW = new Date('2026-12-06T02:00:00.000Z');

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const store = () => import('#functions/labels/store/label-sheets');
const entity = async () => (await import('#functions/labels/store/entities/label-sheet')).labelSheet;

const person = (userId: string, fields: Partial<Principal>): Principal => ({
  userId,
  username: userId,
  name: `用户${userId}`,
  role: 'townOfficer',
  ...fields,
});
const townA = person('town-a', { districtId: 'wujin', townId: 'T1' });

describe('a new label sheet', () => {
  it('stores the requester, the selection without repeats and its count, and writes the request object', async () => {
    const { createLabelSheet } = await store();
    const { sheet, audit } = await createLabelSheet(townA, { ids: ['p2', 'p1', 'p2'] } as never, NOW);
    expect(sheet).toEqual({
      id: sheet.id,
      status: 'PENDING',
      total: 2,
      processed: 0,
      skipped: 0,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    const stored = (await (await entity()).get({ sheetId: sheet.id }).go()).data;
    expect(stored).toMatchObject({
      requester: {
        userId: 'town-a',
        username: 'town-a',
        name: '用户town-a',
        role: 'townOfficer',
        districtId: 'wujin',
        townId: 'T1',
      },
      objectKey: `label-requests/${sheet.id}.json`,
      selection: { ids: ['p2', 'p1'] },
      attempts: 0,
    });
    expect(stored?.requester).not.toHaveProperty('gridId');
    expect(audit).toEqual({
      action: 'export',
      entity: 'riskPoint',
      entityId: sheet.id,
      districtId: 'wujin',
      after: null,
      summary: '打印常安码标签（所选 3 个风险点）',
    });
    const { getObject } = await import('#functions/platform/s3');
    const body = await getObject(String(process.env.TRANSFERS_BUCKET), `label-requests/${sheet.id}.json`);
    expect(JSON.parse(Buffer.from(body).toString('utf8'))).toEqual({ sheetId: sheet.id });
  });

  it('names a dust-site sheet and a filtered sheet in its audit summary; a city sheet has no district', async () => {
    const { createLabelSheet } = await store();
    const city = person('city', { role: 'cityAdmin' });
    const dust = await createLabelSheet(townA, { kind: 'dustSite', ids: ['d1'] } as never, NOW);
    expect(dust.audit).toMatchObject({
      entity: 'dustSite',
      summary: '打印粉尘场所码标签（所选 1 个粉尘场所）',
    });
    const filtered = await createLabelSheet(city, { filter: { townId: 'T1' } } as never, NOW);
    expect(filtered.audit).toMatchObject({
      entity: 'riskPoint',
      districtId: null,
      summary: '打印常安码标签（按当前筛选条件）',
    });
    expect(filtered.sheet.total).toBe(0);
    const stored = (await (await entity()).get({ sheetId: dust.sheet.id }).go()).data;
    expect(stored?.selection).toEqual({ kind: 'dustSite', ids: ['d1'] });
    const storedFilter = (await (await entity()).get({ sheetId: filtered.sheet.id }).go()).data;
    expect(storedFilter?.selection).toEqual({ filter: { townId: 'T1' } });
  });
});

describe('reading a sheet', () => {
  it('is for its requester and for scopes covering the requester; everyone else gets 404', async () => {
    const { createLabelSheet, getLabelSheet } = await store();
    const { sheet } = await createLabelSheet(townA, { ids: ['p1'] } as never, NOW);
    const readers = {
      requester: townA,
      sameTown: person('town-a2', { districtId: 'wujin', townId: 'T1' }),
      district: person('wujin', { role: 'districtAdmin', districtId: 'wujin' }),
      city: person('city', { role: 'cityAdmin' }),
      otherTown: person('town-b', { districtId: 'wujin', townId: 'T2' }),
      otherDistrict: person('liyang', { role: 'districtAdmin', districtId: 'liyang' }),
    };
    const seen: Record<string, boolean> = {};
    for (const [name, reader] of Object.entries(readers))
      seen[name] = await getLabelSheet(reader, sheet.id).then(
        (view) => view.id === sheet.id,
        (error: unknown) => (error instanceof NotFoundError ? false : Promise.reject(error)),
      );
    expect(seen).toEqual({
      requester: true,
      sameTown: true,
      district: true,
      city: true,
      otherTown: false,
      otherDistrict: false,
    });
    await expect(getLabelSheet(readers.city, 'no-such-sheet')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('links a DONE sheet for download, named by its day, and shows a failed one with its message', async () => {
    const { createLabelSheet, getLabelSheet } = await store();
    const done = await createLabelSheet(townA, { ids: ['p1'] } as never, NOW);
    await (await entity())
      .patch({ sheetId: done.sheet.id })
      .set({ status: 'DONE', processed: 1, downloadKey: `label-sheets/${done.sheet.id}.pdf` })
      .go();
    const view = await getLabelSheet(townA, done.sheet.id);
    expect(view).toMatchObject({ status: 'DONE', processed: 1 });
    const url = new URL(view.downloadUrl ?? '');
    expect(url.pathname).toContain(`label-sheets/${done.sheet.id}.pdf`);
    expect(decodeURIComponent(url.searchParams.get('response-content-disposition') ?? '')).toBe(
      `attachment; filename="${done.sheet.id}.pdf"; filename*=UTF-8''常安码标签-2026-12-06.pdf`,
    );
    expect(view).not.toHaveProperty('message');
    const failed = await createLabelSheet(townA, { ids: ['p1'] } as never, NOW);
    await (await entity())
      .patch({ sheetId: failed.sheet.id })
      .set({ status: 'FAILED', message: '标签生成失败' })
      .go();
    const failedView = await getLabelSheet(townA, failed.sheet.id);
    expect(failedView).toMatchObject({ status: 'FAILED', message: '标签生成失败' });
    expect(failedView).not.toHaveProperty('downloadUrl');
  });
});
