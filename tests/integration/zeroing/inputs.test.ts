import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import { pinClock } from '#functions/platform/clock';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';
import type { ZeroingEntry } from '#functions/zeroing/schemas';
import { storedHazard } from '#tests/integration/hazards/support';
import {
  checkOf,
  closeHazard,
  type Error4xx,
  firms,
  majorHazard,
  newCampaign,
  ok,
  send,
  startZeroingStack,
  stopZeroingStack,
  who,
  writesDuring,
} from './support';

// 01:30 on 2 July in Beijing, still 1 July in UTC: "today" for a check is the Asia/Shanghai day
const NOW = '2022-07-01T17:30:00Z';
beforeAll(async () => {
  pinClock(NOW);
  await startZeroingStack();
}, 120_000);
afterAll(async () => {
  pinClock(null);
  await stopZeroingStack();
});

const HEADER = ['统一社会信用代码', '隐患描述', '隐患等级'];
const fileOf = (rows: string[][]) => ({
  fileName: '清零名单.xlsx',
  content: Buffer.from(writeXlsx([HEADER, ...rows])).toString('base64'),
});
const fieldsOf = (body: unknown) => ((body as Error4xx).error.fields ?? []).map((field) => field.path);

/** A campaign listing a1 (武进) with one major hazard. */
async function listedCampaign() {
  const campaign = await newCampaign('录入校验测试');
  const hazardId = (await majorHazard(firms.a1.id)).id;
  await ok(
    send('POST', `/api/zeroing-campaigns/${campaign.id}/entries`, who.city, { hazardIds: [hazardId] }),
  );
  return { campaign, hazardId, checks: `/api/zeroing-campaigns/${campaign.id}/checks` };
}

describe('zeroing checks a role may not record', () => {
  it('refuses a district admin a city or province check with a Chinese 403, writing nothing', async () => {
    // Prepare
    const { hazardId, checks } = await listedCampaign();

    // Act
    const city = await writesDuring(() =>
      send('POST', checks, who.wujin, checkOf(firms.a1.id, 'city', [hazardId], false)),
    );
    const province = await writesDuring(() =>
      send('POST', checks, who.wujin, checkOf(firms.a1.id, 'province', [hazardId], false)),
    );
    const listed = await ok<{ data: unknown[] }>(send('GET', checks, who.city));

    // Assess
    expect(city.result.status).toBe(403);
    expect((city.result.body as Error4xx).error.message).toBe(
      '市级检查结果由市应急管理局统一录入，辖市（区）账号只能录入辖市（区）级检查',
    );
    expect(province.result.status).toBe(403);
    expect((province.result.body as Error4xx).error.message).toMatch(/^省级检查结果由市应急管理局统一录入/);
    expect([city.writes, province.writes]).toEqual([0, 0]);
    expect(listed.data).toEqual([]);
  });

  it("answers another district's admin 404 and a town officer or grid member 403, writing nothing", async () => {
    // Prepare
    const { hazardId, checks } = await listedCampaign();
    const body = checkOf(firms.a1.id, 'district', [hazardId], true);

    // Act
    const liyang = await writesDuring(() => send('POST', checks, who.liyang, body));
    const town = await writesDuring(() => send('POST', checks, who.town, body));
    const grid = await writesDuring(() => send('POST', checks, who.grid, body));

    // Assess
    expect([liyang.result.status, town.result.status, grid.result.status]).toEqual([404, 403, 403]);
    expect((town.result.body as Error4xx).error.code).toBe('FORBIDDEN');
    expect((liyang.result.body as Error4xx).error.message).toBe('企业不在本辖市（区）的百日清零名单中');
    expect((grid.result.body as Error4xx).error.message).toMatch(/[\u4e00-\u9fff]/);
    expect([liyang.writes, town.writes, grid.writes]).toEqual([0, 0, 0]);
  });
});

describe('zeroing check input', () => {
  it('refuses results that miss or add hazards, a not-zeroed result without a note, and days outside the campaign', async () => {
    // Prepare
    const { hazardId, checks } = await listedCampaign();
    const other = (await majorHazard(firms.a2.id)).id;
    const base = checkOf(firms.a1.id, 'district', [hazardId], true);
    const bodies = {
      foreign: {
        ...base,
        results: [
          { hazardId, zeroed: true },
          { hazardId: other, zeroed: true },
        ],
      },
      noNote: { ...base, results: [{ hazardId, zeroed: false }] },
      early: { ...base, checkedOn: '2022-05-31' },
      future: { ...base, checkedOn: '2099-01-01' },
      unlisted: checkOf(firms.a2.id, 'district', [other], true),
    };

    // Act
    const answers = Object.fromEntries(
      await Promise.all(
        Object.entries(bodies).map(async ([name, body]) => [
          name,
          await writesDuring(() => send('POST', checks, who.city, body)),
        ]),
      ),
    );

    // Assess
    for (const answer of Object.values(answers))
      expect(answer).toMatchObject({ writes: 0, result: { status: 400 } });
    expect(fieldsOf(answers.foreign.result.body)).toEqual(['body.results.1.hazardId']);
    expect(fieldsOf(answers.noNote.result.body)).toEqual(['body.results.0.note']);
    expect(fieldsOf(answers.early.result.body)).toEqual(['body.checkedOn']);
    expect(fieldsOf(answers.future.result.body)).toEqual(['body.checkedOn']);
    expect(fieldsOf(answers.unlisted.result.body)).toEqual(['body.enterpriseId']);
    const errorOf = (name: string) => (answers[name].result.body as Error4xx).error;
    expect(errorOf('foreign').fields).toEqual([
      { path: 'body.results.1.hazardId', code: 'not_listed', message: '该隐患不在此企业的清零名单中' },
    ]);
    expect(errorOf('foreign').message).toBe('检查记录有误，请按提示修改后重试');
    expect(errorOf('early').fields).toEqual([
      { path: 'body.checkedOn', code: 'too_early', message: '检查日期不能早于行动开始日期 2022-06-01' },
    ]);
    expect(errorOf('future').fields).toEqual([
      { path: 'body.checkedOn', code: 'in_future', message: '检查日期不能晚于今天' },
    ]);
    expect(errorOf('unlisted')).toMatchObject({
      message: '该企业不在本次百日清零名单中，请先列入名单',
      fields: [
        {
          path: 'body.enterpriseId',
          code: 'not_listed',
          message: '该企业不在本次百日清零名单中，请先列入名单',
        },
      ],
    });
  });

  it('refuses a result list missing a listed hazard, and the same check twice (409), keeping the first', async () => {
    // Prepare
    const campaign = await newCampaign('重复录入测试');
    const first = (await majorHazard(firms.b1.id)).id;
    const second = (await majorHazard(firms.b1.id, '除尘器未设置锁气卸灰装置')).id;
    await ok(
      send('POST', `/api/zeroing-campaigns/${campaign.id}/entries`, who.city, { hazardIds: [first, second] }),
    );
    const checks = `/api/zeroing-campaigns/${campaign.id}/checks`;

    // Act
    const partial = await writesDuring(() =>
      send('POST', checks, who.wujin, checkOf(firms.b1.id, 'district', [first], true)),
    );
    const saved = await send(
      'POST',
      checks,
      who.wujin,
      checkOf(firms.b1.id, 'district', [first, second], true),
    );
    const twice = await writesDuring(() =>
      send('POST', checks, who.wujin, checkOf(firms.b1.id, 'district', [first, second], false)),
    );
    const listed = await ok<{ data: { zeroed: boolean }[] }>(send('GET', checks, who.wujin));

    // Assess
    expect(partial.result.status).toBe(400);
    expect((partial.result.body as Error4xx).error.fields?.[0]?.message).toBe(
      '还有 1 条列入隐患未填写检查结果',
    );
    expect(partial.writes).toBe(0);
    expect(saved.status).toBe(201);
    expect(twice.result.status).toBe(409);
    expect((twice.result.body as Error4xx).error).toMatchObject({
      code: 'ZEROING_CHECK_EXISTS',
      message: '常州牛塘机械厂 2022-07-01 的辖市（区）级检查已录入，请勿重复录入',
    });
    expect((partial.result.body as Error4xx).error.fields).toEqual([
      { path: 'body.results', code: 'incomplete', message: '还有 1 条列入隐患未填写检查结果' },
    ]);
    expect(listed.data.map((check) => check.zeroed)).toEqual([true]);
  });

  it("takes a check dated today in Beijing while UTC is still on yesterday, and refuses Beijing's tomorrow", async () => {
    // Prepare
    const { hazardId, checks } = await listedCampaign();

    // Act
    const today = await send(
      'POST',
      checks,
      who.city,
      checkOf(firms.a1.id, 'city', [hazardId], true, '2022-07-02'),
    );
    const tomorrow = await writesDuring(() =>
      send('POST', checks, who.city, checkOf(firms.a1.id, 'province', [hazardId], true, '2022-07-03')),
    );

    // Assess
    expect(today.status).toBe(201);
    expect(tomorrow.result.status).toBe(400);
    expect((tomorrow.result.body as Error4xx).error.fields?.map((f) => f.message)).toEqual([
      '检查日期不能晚于今天',
    ]);
    expect(tomorrow.writes).toBe(0);
  });

  it('answers 404 for an unknown campaign', async () => {
    const answer = await send(
      'POST',
      '/api/zeroing-campaigns/01NOPE/checks',
      who.city,
      checkOf(firms.a1.id, 'district', ['x'], true),
    );
    expect(answer.status).toBe(404);
  });
});

describe('the zeroing list', () => {
  it('lists only major hazards that exist and are not closed, naming the bad ones, writing nothing', async () => {
    // Prepare
    const campaign = await newCampaign('名单校验测试');
    const general = await ok<{ id: string }>(
      send('POST', '/api/hazards', who.city, {
        enterpriseId: firms.a1.id,
        description: '灭火器过期',
        level: 'general',
      }),
    );
    const closed = (await majorHazard(firms.a1.id)).id;
    await closeHazard(closed, firms.a1);
    const good = (await majorHazard(firms.a1.id)).id;
    const path = `/api/zeroing-campaigns/${campaign.id}/entries`;

    // Act
    const answer = await writesDuring(() =>
      send('POST', path, who.city, { hazardIds: [good, general.id, closed, 'NOPE'] }),
    );
    const byDistrict = await writesDuring(() => send('POST', path, who.wujin, { hazardIds: [good] }));
    const entries = await ok<{ data: unknown[] }>(send('GET', path, who.city));

    // Assess
    expect(answer.result.status).toBe(400);
    expect((answer.result.body as Error4xx).error.fields?.map((f) => f.message)).toEqual([
      '第 2 条不是重大隐患，百日清零只列入重大隐患',
      '第 3 条已整改闭环，无需列入',
      '第 4 条隐患不存在',
    ]);
    expect(byDistrict.result.status).toBe(403);
    expect([answer.writes, byDistrict.writes]).toEqual([0, 0]);
    expect(entries.data).toEqual([]);
  });

  it('imports an XLSX list: bad rows and unregistered enterprises refuse the file whole; a good file makes real hazards once', async () => {
    // Prepare
    const campaign = await newCampaign('导入测试');
    const path = `/api/zeroing-campaigns/${campaign.id}/imports`;
    const good = [
      [firms.a1.creditCode, '除尘系统未设泄爆装置', '重大隐患'],
      [firms.a1.creditCode, '有限空间作业未审批', '重大隐患'],
      [firms.liyang.creditCode, '煤气区域未设固定式报警仪', '一般隐患'],
    ];
    const unknownCode = withCheckChar('913204120000000X7');

    // Act
    const badRows = await writesDuring(() =>
      send('POST', path, who.city, fileOf([...good, [firms.a2.creditCode, '', '重大隐患']])),
    );
    const unregistered = await writesDuring(() =>
      send('POST', path, who.city, fileOf([...good, [unknownCode, '描述', '重大隐患']])),
    );
    const notXlsx = await writesDuring(() =>
      send('POST', path, who.city, {
        fileName: '名单.xlsx',
        content: Buffer.from('not a workbook').toString('base64'),
      }),
    );
    const byDistrict = await writesDuring(() => send('POST', path, who.wujin, fileOf(good)));
    const imported = await send('POST', path, who.city, fileOf(good));
    const again = await send('POST', path, who.city, fileOf(good));
    const entries = await ok<{ data: ZeroingEntry[] }>(
      send('GET', `/api/zeroing-campaigns/${campaign.id}/entries`, who.city),
    );

    // Assess
    expect(badRows.result.status).toBe(400);
    expect((badRows.result.body as Error4xx).error.fields?.map((f) => f.message)).toEqual([
      '第 5 行：请填写隐患描述',
    ]);
    expect(unregistered.result.status).toBe(400);
    expect(notXlsx.result.status).toBe(400);
    expect(byDistrict.result.status).toBe(403);
    expect([badRows.writes, unregistered.writes, notXlsx.writes, byDistrict.writes]).toEqual([0, 0, 0, 0]);
    expect((unregistered.result.body as Error4xx).error.fields?.map((f) => f.message)).toEqual([
      `第 5 行：统一社会信用代码 ${unknownCode} 未在平台登记，请先登记企业`,
    ]);
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({ rows: 3, enterprises: 2, hazardsCreated: 3 });
    expect(again.body).toEqual({ rows: 3, enterprises: 2, hazardsCreated: 0 });
    const a1 = entries.data.find((entry) => entry.enterpriseId === firms.a1.id);
    expect(entries.data).toHaveLength(2);
    expect(a1?.hazards.map((h) => [h.level, h.status])).toEqual([
      ['major', 'OPEN'],
      ['major', 'OPEN'],
    ]);
    expect(await storedHazard(a1?.hazards[0]?.hazardId ?? '')).toMatchObject({
      source: 'zeroing',
      enterpriseId: firms.a1.id,
    });
  });

  it('lists a row the file names twice once: one hazard, one listed hazard', async () => {
    // Prepare
    const campaign = await newCampaign('重复行导入测试');
    const row = [firms.b1.creditCode, '危化品仓库未设防爆照明', '重大隐患'];

    // Act
    const imported = await send('POST', `/api/zeroing-campaigns/${campaign.id}/imports`, who.city, {
      ...fileOf([row, [...row]]),
    });
    const entries = await ok<{ data: ZeroingEntry[] }>(
      send('GET', `/api/zeroing-campaigns/${campaign.id}/entries`, who.city),
    );

    // Assess
    expect(imported.body).toEqual({ rows: 2, enterprises: 1, hazardsCreated: 1 });
    expect(entries.data.map((entry) => entry.hazards.map((h) => h.description))).toEqual([
      ['危化品仓库未设防爆照明'],
    ]);
  });

  it('refuses to list more than 2,000 enterprises in a campaign (the board reads the whole list), writing nothing', async () => {
    // Prepare: a campaign already listing 2,000 enterprises (written straight, as the seed does)
    const campaign = await newCampaign('名单上限测试');
    const { zeroingEntry } = await import('#functions/zeroing/store/entities/entry');
    const at = '2022-06-01T00:00:00.000Z';
    const full = Array.from({ length: 2000 }, (_, index) => ({
      campaignId: campaign.id,
      enterpriseId: `filler-${String(index).padStart(4, '0')}`,
      enterpriseName: `填充企业 ${index}`,
      creditCode: '',
      districtId: 'wujin',
      townId: 'filler-town',
      hazards: [],
      addedAt: at,
      updatedAt: at,
      version: 1,
    }));
    await zeroingEntry.put(full).go({ concurrent: 4 });
    const hazardId = (await majorHazard(firms.a2.id)).id;
    const base = `/api/zeroing-campaigns/${campaign.id}`;

    // Act
    const picked = await writesDuring(() =>
      send('POST', `${base}/entries`, who.city, { hazardIds: [hazardId] }),
    );
    const imported = await writesDuring(() =>
      send('POST', `${base}/imports`, who.city, fileOf([[firms.a1.creditCode, '行车制动失效', '重大隐患']])),
    );

    // Assess
    expect([picked.result.status, imported.result.status]).toEqual([400, 400]);
    expect((picked.result.body as Error4xx).error.message).toBe(
      '每次百日清零行动最多列入 2000 家企业，已列入 2000 家，本次不能再列入 1 家',
    );
    expect([picked.writes, imported.writes]).toEqual([0, 0]);
  });

  it('refuses a campaign whose end is not after its start', async () => {
    const answer = await writesDuring(() =>
      send('POST', '/api/zeroing-campaigns', who.city, {
        name: '错误日期',
        startDate: '2022-06-01',
        endDate: '2022-06-01',
      }),
    );
    expect(answer.result.status).toBe(400);
    expect(fieldsOf(answer.result.body)).toEqual(['body.endDate']);
    expect(answer.writes).toBe(0);
  });
});
