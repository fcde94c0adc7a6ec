import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import {
  city,
  type Deduction,
  deduct,
  deduction,
  makeAgency,
  send,
  startDeductionStack,
  stopDeductionStack,
  wujinAdmin,
} from '#tests/integration/agency-deductions/support';

beforeAll(async () => {
  pinClock('2030-05-21T10:00:00+08:00');
  await startDeductionStack();
}, 120_000);

afterAll(async () => {
  pinClock(null);
  await stopDeductionStack();
});

describe('a deduction keeps the rule it was given under (考评细则版本)', () => {
  it('shows the old text and range after the city changes the rule; a new deduction takes the new one', async () => {
    // Prepare: B-02 is 1–3 points, 「未按规定公开信息」, at version 1 (support.ts)
    const agency = await makeAgency('wujin');
    const before = await deduct(wujinAdmin, deduction(agency.id, { ruleCode: 'B-02', points: 3 }));

    // Act: the city rewrites B-02 to a fixed 8 points with a new text
    const edited = await send('PUT', '/api/agency-rules/B-02', city, {
      description: '未按规定在官网公开技术服务信息',
      category: '信息公开',
      points: 8,
    });
    const oldOne = (await send('GET', `/api/agency-deductions/${before.id}`, wujinAdmin)).body as Deduction;
    const tooFew = await send(
      'POST',
      '/api/agency-deductions',
      wujinAdmin,
      deduction(agency.id, { points: 3 }),
    );
    const after = await deduct(wujinAdmin, deduction(agency.id, { ruleCode: 'B-02', points: 8 }));

    // Assess
    expect(edited.status).toBe(200);
    expect(oldOne).toMatchObject({
      points: 3,
      rule: { code: 'B-02', version: 1, description: '未按规定公开信息' },
    });
    expect(tooFew.status).toBe(400);
    expect(after).toMatchObject({
      points: 8,
      rule: { code: 'B-02', version: 2, description: '未按规定在官网公开技术服务信息', points: 8 },
    });
  });
});
