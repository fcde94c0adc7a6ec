import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RiskClass,
  send,
  startRiskPointStack,
  stopRiskPointStack,
  who,
} from '#tests/integration/risk-points/support';

/**
 * The risk dictionary (风险报告管控辞典): the seeded classes every deployment starts with, and the city
 * admin's classes, their checklist numbering, edits, retirement and audit. Expected values are written here.
 */
beforeAll(startRiskPointStack, 120_000);
afterAll(stopRiskPointStack);

type Headers = typeof who.city;
interface AuditEntry {
  entityId: string;
  action: string;
  entity: string;
  districtId: string | null;
  summary: string;
}

const newClass = (overrides: Record<string, unknown> = {}) => ({
  name: '测试喷漆房',
  family: '测试类型',
  level: 'orange',
  cycleDays: 14,
  controls: ['每班开工前检查通风'],
  checklist: [{ text: '通风设备运行正常' }, { text: '消防器材在位', photoRequired: true }],
  ...overrides,
});
const bodyOf = (answer: { body: unknown }) => answer.body as RiskClass;
const errorOf = (answer: { body: unknown }) =>
  (answer.body as { error: { code: string; message: string } }).error;

async function auditOf(classId: string): Promise<AuditEntry[]> {
  const log = await send('GET', '/api/audit?limit=100', who.city);
  return (log.body as { data: AuditEntry[] }).data.filter((entry) => entry.entityId === classId);
}

async function make(overrides: Record<string, unknown> = {}, headers: Headers = who.city) {
  const made = await send('POST', '/api/risk-classes', headers, newClass(overrides));
  expect(made.status).toBe(201);
  return bodyOf(made);
}

describe('the seeded dictionary', () => {
  it('holds 80 classes for every role, in the seed’s order, 污水池、化粪池 among them on a 7-day cycle', async () => {
    // Act
    const all = await send('GET', '/api/risk-classes?limit=100', who.firm);

    // Assess
    const seeded = (all.body as { data: RiskClass[] }).data.filter((row) => row.seeded);
    expect(seeded).toHaveLength(80);
    const pit = seeded.find((row) => row.name === '污水池、化粪池');
    expect(pit).toMatchObject({ cycleDays: 7, status: 'active', seeded: true });
    expect((await send('GET', `/api/risk-classes/${pit?.id}`, who.grid)).body).toMatchObject({
      name: '污水池、化粪池',
    });
  });
});

describe('a city admin’s classes', () => {
  it('are numbered 01, 02… and audited; no one else may add one', async () => {
    // Act
    const made = await send('POST', '/api/risk-classes', who.city, newClass({ name: '测试编号类' }));
    const byDistrict = await send('POST', '/api/risk-classes', who.wujin, newClass({ name: '区级新增' }));

    // Assess
    expect(made.status).toBe(201);
    expect(bodyOf(made)).toMatchObject({
      name: '测试编号类',
      seeded: false,
      status: 'active',
      checklist: [
        { itemId: '01', text: '通风设备运行正常', photoRequired: false },
        { itemId: '02', text: '消防器材在位', photoRequired: true },
      ],
    });
    expect(await auditOf(bodyOf(made).id)).toMatchObject([
      { action: 'create', entity: 'riskClass', summary: '新增风险类别“测试编号类”' },
    ]);
    expect(byDistrict.status).toBe(403);
  });

  it('keep their checklist ids on an edit and number new items after the largest', async () => {
    // Prepare
    const made = await make({
      name: '测试续编类',
      checklist: [{ itemId: '07', text: '甲' }, { text: '乙' }],
    });

    // Act
    const edited = await send(
      'PUT',
      `/api/risk-classes/${made.id}`,
      who.city,
      newClass({
        name: '测试续编类',
        checklist: [{ itemId: '08', text: '乙' }, { text: '丙' }, { text: '丁' }],
      }),
    );

    // Assess
    expect(made.checklist.map((item) => item.itemId)).toEqual(['07', '08']);
    expect(bodyOf(edited).checklist.map((item) => [item.itemId, item.text])).toEqual([
      ['08', '乙'],
      ['09', '丙'],
      ['10', '丁'],
    ]);
  });

  it('are edited and retired, each with its own audit action, and listed by family and status', async () => {
    // Prepare
    const kept = await make({ name: '测试在用类', family: '测试筛选' });
    const made = await make({ name: '测试停用类', family: '测试筛选' });

    // Act
    const edited = await send(
      'PUT',
      `/api/risk-classes/${made.id}`,
      who.city,
      newClass({ name: '测试停用类', family: '测试筛选', cycleDays: 30 }),
    );
    const retired = await send(
      'PUT',
      `/api/risk-classes/${made.id}`,
      who.city,
      newClass({ name: '测试停用类', family: '测试筛选', status: 'retired' }),
    );
    const again = await send(
      'PUT',
      `/api/risk-classes/${made.id}`,
      who.city,
      newClass({ name: '测试停用类', family: '测试筛选', status: 'retired', cycleDays: 21 }),
    );
    const retiredList = await send('GET', '/api/risk-classes?family=测试筛选&status=retired', who.town);
    const familyList = await send('GET', '/api/risk-classes?family=测试筛选', who.town);
    const levelList = await send('GET', '/api/risk-classes?family=测试筛选&level=red', who.town);

    // Assess
    expect(bodyOf(edited)).toMatchObject({ cycleDays: 30, status: 'active' });
    expect(bodyOf(retired)).toMatchObject({ status: 'retired' });
    expect(bodyOf(again)).toMatchObject({ status: 'retired', cycleDays: 21 });
    expect((await auditOf(made.id)).map((entry) => [entry.action, entry.summary])).toEqual([
      ['update', '修改风险类别“测试停用类”'],
      ['retire', '停用风险类别“测试停用类”'],
      ['update', '修改风险类别“测试停用类”'],
      ['create', '新增风险类别“测试停用类”'],
    ]);
    const ids = (answer: { body: unknown }) =>
      (answer.body as { data: RiskClass[] }).data.map((row) => row.id);
    expect(ids(retiredList)).toEqual([made.id]);
    expect(ids(familyList)).toEqual([kept.id, made.id]);
    expect(ids(levelList)).toEqual([]);
  });

  it('answer an unknown class with 风险类别不存在, and edits sent at once with one winner per version', async () => {
    // Prepare
    const made = await make({ name: '测试并发类' });

    // Act
    const missingRead = await send('GET', '/api/risk-classes/01ZZZZZZZZZZZZZZZZZZZZZZZZ', who.city);
    const missingEdit = await send(
      'PUT',
      '/api/risk-classes/01ZZZZZZZZZZZZZZZZZZZZZZZZ',
      who.city,
      newClass(),
    );
    const edits = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        send(
          'PUT',
          `/api/risk-classes/${made.id}`,
          who.city,
          newClass({ name: '测试并发类', cycleDays: 10 + i }),
        ),
      ),
    );

    // Assess
    expect(missingRead).toMatchObject({ status: 404, body: { error: { message: '风险类别不存在' } } });
    expect(missingEdit).toMatchObject({ status: 404, body: { error: { message: '风险类别不存在' } } });
    const won = edits.filter((answer) => answer.status === 200);
    expect(won.length).toBeGreaterThan(0);
    for (const answer of edits.filter((one) => one.status !== 200))
      expect(errorOf(answer)).toEqual(
        expect.objectContaining({
          code: 'RISK_CLASS_CHANGED',
          message: '该风险类别刚被他人修改，请刷新后重试',
        }),
      );
    const stored = bodyOf(await send('GET', `/api/risk-classes/${made.id}`, who.city));
    expect(won.map((answer) => bodyOf(answer).cycleDays)).toContain(stored.cycleDays);
    expect((await auditOf(made.id)).filter((entry) => entry.action === 'update')).toHaveLength(won.length);
  });
});
