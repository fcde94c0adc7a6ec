import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  city,
  type Failure,
  send,
  startAgencyStack,
  stopAgencyStack,
} from '#tests/integration/agencies/support';

/**
 * What the rules (考评细则) leave behind: the catalogue in code order whatever the order of entry, a fixed rule
 * without range fields, the audit summaries per version, the Chinese refusals, and a version read after a crash
 * that wrote the pointer but not the version item.
 */
beforeAll(startAgencyStack);
afterAll(stopAgencyStack);

const rule = (code: string, description: string) => ({
  code,
  description,
  category: '技术服务质量',
  points: 4,
});

describe('agency rule records', () => {
  it('lists the catalogue by code whatever the order of entry; a fixed rule has no range fields', async () => {
    // Prepare
    for (const code of ['Z-09', 'A-03', 'M-05'])
      expect((await send('POST', '/api/agency-rules', city, rule(code, `细则${code}`))).status).toBe(201);

    // Act
    const list = await send('GET', '/api/agency-rules', city);

    // Assess
    const rules = (list.body as { data: Record<string, unknown>[] }).data;
    expect(rules.map((one) => one.code)).toEqual(['A-03', 'M-05', 'Z-09']);
    for (const one of rules) {
      expect(one).not.toHaveProperty('pointsMin');
      expect(one).not.toHaveProperty('pointsMax');
    }
  });

  it('audits a new rule and its next version with their summaries', async () => {
    // Prepare
    await send('POST', '/api/agency-rules', city, rule('K-01', '未按规定留存报告'));

    // Act
    await send('PUT', '/api/agency-rules/K-01', city, {
      description: '未按规定留存报告原件',
      category: '技术服务质量',
      points: 6,
    });

    // Assess
    const log = await send('GET', '/api/audit?limit=100&entity=agencyRule', city);
    const entries = (log.body as { data: { entityId: string; action: string; summary?: string }[] }).data;
    expect(
      entries
        .filter((entry) => entry.entityId === 'K-01')
        .map(({ action, summary }) => ({ action, summary }))
        .sort((a, b) => a.action.localeCompare(b.action)),
    ).toEqual([
      { action: 'create', summary: '新增考评细则：K-01 未按规定留存报告（第 1 版）' },
      { action: 'update', summary: '修改考评细则：K-01 未按规定留存报告原件（第 2 版）' },
    ]);
  });

  it('refuses a taken code on its field and a missing rule, in Chinese', async () => {
    // Prepare
    await send('POST', '/api/agency-rules', city, rule('D-07', '重复编号测试'));

    // Act
    const taken = await send('POST', '/api/agency-rules', city, rule('D-07', '另一条'));
    const missing = await send('PUT', '/api/agency-rules/D-99', city, {
      description: '不存在',
      category: '技术服务质量',
      points: 1,
    });

    // Assess
    expect(taken.status).toBe(409);
    expect((taken.body as Failure).error.fields).toEqual([
      { path: 'body.code', message: '细则编号 D-07 已存在', code: 'duplicate' },
    ]);
    expect(missing.status).toBe(404);
    expect((missing.body as Failure).error.message).toBe('考评细则不存在');
  });

  it('answers the current version from the pointer when its version item was never written', async () => {
    // Prepare: a second version whose version item a crash lost
    await send('POST', '/api/agency-rules', city, rule('C-04', '第一版'));
    await send('PUT', '/api/agency-rules/C-04', city, {
      description: '第二版',
      category: '技术服务质量',
      points: 7,
    });
    const { agencyRuleVersion } = await import('#functions/agencies/store/entities/agency-rule');
    await agencyRuleVersion.delete({ code: 'C-04', version: 2 }).go();
    const { ruleVersion } = await import('#functions/agencies/index');

    // Act
    const current = await ruleVersion('C-04', 2);
    const first = await ruleVersion('C-04', 1);
    const never = await ruleVersion('C-04', 3);

    // Assess
    expect(current).toMatchObject({ code: 'C-04', version: 2, description: '第二版', points: 7 });
    expect(first).toMatchObject({ version: 1, description: '第一版', points: 4 });
    expect(never).toBeNull();
  });
});
