import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#tests/fixtures/auth';
import {
  city,
  type Failure,
  type Headers,
  send,
  stack,
  startAgencyStack,
  stopAgencyStack,
  wujinAdmin,
} from '#tests/integration/agencies/support';

type Rule = {
  code: string;
  version: number;
  description: string;
  points: number;
  pointsMin?: number;
  pointsMax?: number;
};

let firmUser: Headers;

beforeAll(async () => {
  await startAgencyStack();
  firmUser = (await signedIn(stack, { role: 'agencyUser', agencyId: 'a-1' })).headers;
}, 120_000);

afterAll(stopAgencyStack);

const fixed = { code: 'A-01', description: '报告结论与现场不符', category: '技术服务质量', points: 5 };
const ranged = {
  code: 'B-02',
  description: '未按规定公开信息',
  category: '信息公开',
  pointsMin: 1,
  pointsMax: 3,
};

describe('agency rules (考评细则)', () => {
  it('the city admin adds fixed and ranged rules at version 1; everyone of the three roles lists them', async () => {
    expect((await send('POST', '/api/agency-rules', city, fixed)).status).toBe(201);
    const made = await send('POST', '/api/agency-rules', city, ranged);
    expect(made.body).toMatchObject({
      code: 'B-02',
      version: 1,
      points: 0,
      pointsMin: 1,
      pointsMax: 3,
      active: true,
    });
    for (const headers of [city, wujinAdmin, firmUser]) {
      const list = await send('GET', '/api/agency-rules', headers);
      expect(list.status).toBe(200);
      expect((list.body as { data: Rule[] }).data.map((rule) => rule.code)).toEqual(['A-01', 'B-02']);
    }
  });

  it('only the city admin writes rules', async () => {
    expect((await send('POST', '/api/agency-rules', wujinAdmin, { ...fixed, code: 'C-01' })).status).toBe(
      403,
    );
    expect((await send('PUT', '/api/agency-rules/A-01', firmUser, fixed)).status).toBe(403);
  });

  it('refuses a duplicate code, both points and a range, an empty range, in Chinese', async () => {
    const dup = await send('POST', '/api/agency-rules', city, fixed);
    expect(dup.status).toBe(409);
    const both = await send('POST', '/api/agency-rules', city, { ...ranged, code: 'B-03', points: 2 });
    expect(both.status).toBe(400);
    expect((both.body as Failure).error.fields?.[0]?.message).toBe('固定扣分与扣分范围只能填写一种');
    const empty = await send('POST', '/api/agency-rules', city, { ...ranged, code: 'B-04', pointsMin: 3 });
    expect((empty.body as Failure).error.fields?.[0]?.message).toBe('最高扣分须大于最低扣分');
    const bad = await send('POST', '/api/agency-rules', city, { ...fixed, code: 'a01' });
    expect((bad.body as Failure).error.fields?.[0]?.path).toBe('body.code');
    expect((await send('GET', '/api/agency-rules/B-03', city)).status).toBe(404);
  });

  it('a PUT makes version 2; version 1 stays readable, and the detail lists both', async () => {
    // the store is loaded after the stack is up (its client reads the local endpoint then)
    const { currentRule, ruleVersion } = await import('#functions/agencies/index');
    const put = await send('PUT', '/api/agency-rules/A-01', city, {
      description: '报告结论与现场严重不符',
      category: '技术服务质量',
      points: 8,
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ code: 'A-01', version: 2, points: 8 });
    const detail = await send('GET', '/api/agency-rules/A-01', wujinAdmin);
    const body = detail.body as Rule & { versions: Rule[] };
    expect(body.version).toBe(2);
    expect(body.versions.map((v) => [v.version, v.points])).toEqual([
      [2, 8],
      [1, 5],
    ]);
    expect(await ruleVersion('A-01', 1)).toMatchObject({
      version: 1,
      points: 5,
      description: '报告结论与现场不符',
    });
    expect(await ruleVersion('A-01', 2)).toMatchObject({ version: 2, points: 8 });
    expect(await ruleVersion('A-01', 3)).toBeNull();
    expect(await currentRule('A-01')).toMatchObject({ version: 2, description: '报告结论与现场严重不符' });
  });

  it('two concurrent edits of one version: one makes the next version, the other is 409', async () => {
    const edit = (points: number) =>
      send('PUT', '/api/agency-rules/B-02', city, {
        description: '未按规定公开信息',
        category: '信息公开',
        points,
      });
    const answers = await Promise.all([edit(2), edit(3), edit(4), edit(5)]);
    const statuses = answers.map((a) => a.status).sort();
    const detail = (await send('GET', '/api/agency-rules/B-02', city)).body as Rule & { versions: Rule[] };
    const won = statuses.filter((status) => status === 200).length;
    expect(won).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((status) => status !== 200).every((status) => status === 409)).toBe(true);
    expect(detail.version).toBe(1 + won);
    expect(detail.versions.map((v) => v.version)).toEqual(
      Array.from({ length: 1 + won }, (_, i) => 1 + won - i),
    );
  });

  it('a PUT of a missing rule is 404', async () => {
    expect((await send('PUT', '/api/agency-rules/Z-99', city, { ...fixed, code: undefined })).status).toBe(
      404,
    );
  });
});
