import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ids,
  makePoint,
  places,
  type RiskPoint,
  send,
  startRiskPointStack,
  stopRiskPointStack,
  validPoint,
  who,
} from '#tests/integration/risk-points/support';

/**
 * Risk-point writes as each role makes them: whose enterprise a point may name, which class it may take, the
 * audit entry each write leaves (one, whoever writes) and who sees the responsible person's phone in full.
 * Messages and summaries are written here by hand.
 */
beforeAll(startRiskPointStack, 120_000);
afterAll(stopRiskPointStack);

interface AuditEntry {
  entityId: string;
  action: string;
  entity: string;
  districtId?: string;
  summary: string;
  changes: { field: string; before: unknown; after: unknown }[];
}

async function auditOf(entityId: string): Promise<AuditEntry[]> {
  const log = await send('GET', '/api/audit?limit=100', who.city);
  return (log.body as { data: AuditEntry[] }).data.filter((entry) => entry.entityId === entityId);
}
const fieldsOf = (answer: { body: unknown }) =>
  (answer.body as { error: { fields: { path: string; code: string; message: string }[] } }).error.fields;

describe('whose enterprise a new point names', () => {
  it('is the enterprise user’s own, or one in the supervisor’s scope, with a Chinese field error otherwise', async () => {
    // Act
    const ownNamed = await send('POST', '/api/risk-points', who.firm, validPoint({ enterpriseId: ids.firm }));
    const otherNamed = await send(
      'POST',
      '/api/risk-points',
      who.firm,
      validPoint({ enterpriseId: ids.firm2 }),
    );
    const noneNamed = await send('POST', '/api/risk-points', who.wujin, validPoint());
    const foreign = await send(
      'POST',
      '/api/risk-points',
      who.wujin,
      validPoint({ enterpriseId: ids.liyangFirm }),
    );
    const unknown = await send(
      'POST',
      '/api/risk-points',
      who.city,
      validPoint({ enterpriseId: 'no-such-firm' }),
    );
    const bySupervisor = await send(
      'POST',
      '/api/risk-points',
      who.wujin,
      validPoint({ enterpriseId: ids.firm2 }),
    );

    // Assess
    expect(ownNamed).toMatchObject({ status: 201, body: { enterpriseId: ids.firm } });
    expect(fieldsOf(otherNamed)).toEqual([
      { path: 'body.enterpriseId', code: 'invalid_enterprise', message: '企业账号只能为本企业添加风险点' },
    ]);
    expect(fieldsOf(noneNamed)).toEqual([
      { path: 'body.enterpriseId', code: 'required', message: '请选择企业' },
    ]);
    for (const answer of [foreign, unknown])
      expect(fieldsOf(answer)).toEqual([
        { path: 'body.enterpriseId', code: 'invalid_enterprise', message: '企业不存在或不在您的管辖范围内' },
      ]);
    expect(bySupervisor).toMatchObject({
      status: 201,
      body: {
        enterpriseId: ids.firm2,
        enterpriseName: '常州湖塘铸造厂',
        districtId: 'wujin',
        townId: places.wujinA.townId,
        gridId: places.wujinA.gridId,
      },
    });
  });
});

describe('the class of a point', () => {
  it('must exist and be in use for a new point; a point keeps a class retired after it was made', async () => {
    // Prepare
    const made = await send('POST', '/api/risk-classes', who.city, {
      name: '测试待停类',
      family: '测试类型',
      level: 'blue',
      cycleDays: 30,
      controls: ['定期巡查'],
      checklist: [{ text: '现场整洁' }],
    });
    const classId = (made.body as { id: string }).id;
    const point = await makePoint(who.firm, { classId, name: '待停类点' });
    const retire = { ...(made.body as object), status: 'retired' };
    const { id: _id, seeded: _s, createdAt: _c, updatedAt: _u, ...input } = retire as Record<string, unknown>;
    expect((await send('PUT', `/api/risk-classes/${classId}`, who.city, input)).status).toBe(200);

    // Act
    const onRetired = await send('POST', '/api/risk-points', who.firm, validPoint({ classId }));
    const onUnknown = await send('POST', '/api/risk-points', who.firm, validPoint({ classId: 'rc-none' }));
    const keptEdit = await send('PUT', `/api/risk-points/${point.id}`, who.firm, {
      ...validPoint({ classId, name: '待停类点（改）' }),
      status: 'active',
    });
    const movedOnto = await send('PUT', `/api/risk-points/${(await makePoint(who.firm)).id}`, who.firm, {
      ...validPoint({ classId }),
      status: 'active',
    });

    // Assess
    expect(fieldsOf(onRetired)).toEqual([
      { path: 'body.classId', code: 'invalid_class', message: '该风险类别已停用，请选择在用的类别' },
    ]);
    expect(fieldsOf(onUnknown)).toEqual([
      { path: 'body.classId', code: 'invalid_class', message: '风险类别不存在' },
    ]);
    expect(keptEdit).toMatchObject({
      status: 200,
      body: { name: '待停类点（改）', cycleDays: 30, level: 'blue' },
    });
    expect(fieldsOf(movedOnto)[0]?.code).toBe('invalid_class');
  });
});

describe('the audit of point writes', () => {
  it('names the enterprise and the point, with the changes made (phone masked, no overdue flag), one entry per write', async () => {
    // Prepare
    const point = await makePoint(who.wujin, { enterpriseId: ids.firm, name: '审计池' });
    const edit = (overrides: Record<string, unknown>) =>
      send('PUT', `/api/risk-points/${point.id}`, who.wujin, {
        ...validPoint({ name: '审计池' }),
        ...overrides,
      });

    // Act
    await edit({ status: 'active', location: '厂区北侧' });
    await send('POST', `/api/risk-points/${point.id}/code`, who.wujin);
    await edit({ status: 'retired' });
    await edit({ status: 'retired', location: '厂区西侧' });
    const again = await send('DELETE', `/api/risk-points/${point.id}`, who.wujin);
    const reissue = await send('POST', `/api/risk-points/${point.id}/code`, who.wujin);

    // Assess
    const entries = (await auditOf(point.id)).reverse();
    expect(entries.map((entry) => [entry.action, entry.summary])).toEqual([
      ['create', '新增风险点：常州湖塘喆犇机械厂 / 审计池'],
      ['update', '修改风险点：常州湖塘喆犇机械厂 / 审计池'],
      ['reissueCode', '重新生成常安码：常州湖塘喆犇机械厂 / 审计池'],
      ['retire', '停用风险点：常州湖塘喆犇机械厂 / 审计池'],
      ['update', '修改风险点：常州湖塘喆犇机械厂 / 审计池'],
      ['retire', '停用风险点：常州湖塘喆犇机械厂 / 审计池'],
    ]);
    for (const entry of entries) expect(entry).toMatchObject({ entity: 'riskPoint', districtId: 'wujin' });
    const created = entries[0]?.changes ?? [];
    expect(created.map((change) => change.field)).not.toContain('overdue');
    expect(created.find((change) => change.field === 'responsible')?.after).toEqual({
      name: '王建国',
      phone: '138****5678',
    });
    expect(entries[1]?.changes).toEqual([{ field: 'location', before: '厂区东南角', after: '厂区北侧' }]);
    expect(entries[5]?.changes).toEqual([]);
    expect(again.status).toBe(204);
    expect(reissue).toMatchObject({
      status: 409,
      body: {
        error: { code: 'RISK_POINT_RETIRED', message: '风险点已停用，不能重新生成常安码；请先将其改为在用' },
      },
    });
    expect((await send('GET', `/api/risk-points/${point.id}`, who.firm)).body).toMatchObject({
      status: 'retired',
      location: '厂区西侧',
    });
  });
});

describe('the responsible person’s phone on a point’s detail', () => {
  it('is in full for the enterprise and its admins, masked for town officers and grid members', async () => {
    // Prepare
    const point = await makePoint(who.firm, { name: '电话池' });

    // Act
    const phoneAs = async (headers: typeof who.firm) =>
      ((await send('GET', `/api/risk-points/${point.id}`, headers)).body as RiskPoint).responsible.phone;

    // Assess
    expect(await phoneAs(who.firm)).toBe('13812345678');
    expect(await phoneAs(who.wujin)).toBe('13812345678');
    expect(await phoneAs(who.city)).toBe('13812345678');
    expect(await phoneAs(who.town)).toBe('138****5678');
    expect(await phoneAs(who.grid)).toBe('138****5678');
  });
});
