import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LadderCounts } from '#functions/dust-ladder/index';
import type { DustSource, SourceSite } from '#functions/dust-ladder/store/source-types';
import { runJob } from '#infra/local/scheduler';
import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';

/**
 * The ladder on the local stack (real outbox, real tasks store) with the sites given by the test: the sites
 * and cleanings capabilities are not here yet, so the job's source is injected (contract.md shapes). Day D =
 * 2026-12-10, the run at 18:00 Beijing time.
 *
 *   s0 satisfied today (k 0)              s3 never satisfied, created D−6 (k 7: remind, urge, verify)
 *   s1 satisfied D−1 (k 1: remind)        s4 satisfied D−5 (k 4, the run of day 3 missed: remind, urge)
 *   s2 satisfied D−3 (k 3: remind, urge)  s5 satisfied D−1, no contact phone (k 1: nothing sent, noPhone)
 */
const D = '2026-12-10';
const AT = new Date(`${D}T18:00:00+08:00`);
const LATE = new Date(`${D}T23:00:00+08:00`);
const NEXT = new Date('2026-12-11T18:00:00+08:00');
let stack: LocalStack;
let city: Record<string, string>;
let sites: SourceSite[];
const source: DustSource = {
  activeDustSites: async function* () {
    yield sites.slice(0, 3);
    yield sites.slice(3);
  },
  siteDays: async () => [],
};

const run = async (at: Date): Promise<LadderCounts> => {
  const { runDustLadder } = await import('#functions/dust-ladder/jobs/ladder');
  const { writeRateSnapshot } = await import('#functions/dust-ladder/jobs/rate');
  const counts = await runDustLadder(at, { source });
  await writeRateSnapshot(at, source); // the hourly rate job's run after the ladder
  return counts;
};
const messageOf = async (key: string) => {
  const { getMessageItem, messageIdFor } = await import('#functions/messages/store/outbox');
  return getMessageItem(messageIdFor(key));
};
const get = async (path: string, headers = city) => callApi(stack, path, { headers });

beforeAll(async () => {
  stack = await startTestStack();
  city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
  const post = async (path: string, body: unknown) => {
    const answer = await callApi(stack, path, { method: 'POST', headers: city, body: JSON.stringify(body) });
    if (answer.status !== 201)
      throw new Error(`setup ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return (answer.body as { id: string }).id;
  };
  const town = await post('/api/towns', { districtId: 'wujin', name: '湖塘镇' });
  const firm = await post('/api/enterprises', {
    ...validEnterprise({ districtId: 'wujin', townId: town, gridId: null }),
    name: '常州湖塘粉尘机械有限公司',
    principal: { name: '赵主要', phone: '13910000009' },
  });
  const site = (n: number, last: string | undefined, created = '2026-11-01', phone = `1380000000${n}`) => ({
    siteId: `s${n}`,
    enterpriseId: firm,
    districtId: 'wujin',
    townId: town,
    name: `抛光车间${n}`,
    location: `${n}号厂房`,
    contactPhone: phone,
    createdAt: `${created}T02:00:00.000Z`,
    ...(last ? { lastSatisfiedDay: last } : {}),
  });
  sites = [
    site(0, D),
    site(1, '2026-12-09'),
    site(2, '2026-12-07'),
    site(3, undefined, '2026-12-04'),
    site(4, '2026-12-05'),
    site(5, '2026-12-09', '2026-11-01', ''),
  ];
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe('the dust ladder', () => {
  it('reminds, urges and verifies exactly as the streaks call for, each SMS to its person', async () => {
    // Act
    const counts = await run(AT);

    // Assess
    expect(counts).toEqual({
      day: D,
      sites: 6,
      itemsRead: 7, // 6 sites + 1 principal
      inStreak: 5,
      reminded: 4,
      urged: 3,
      verified: 1,
      tasks: 4,
      noPhone: 1,
    });
    const remind = await messageOf(`dust-remind#s1#${D}`);
    expect([remind?.template, remind?.recipient.phone, remind?.urgent]).toEqual([
      'dustRemind',
      '13800000001',
      false,
    ]);
    const urge = await messageOf('dust-urge#s4#2026-12-06');
    expect([urge?.template, urge?.recipient.phone, urge?.params]).toEqual([
      'dustUrge',
      '13910000009',
      { site: '抛光车间4', since: '2026-12-06' },
    ]);
    const verify = await messageOf('dust-verify#s3#2026-12-04');
    expect([verify?.template, verify?.recipient.phone, verify?.urgent]).toEqual([
      'dustVerify',
      '13910000009',
      true,
    ]);
    expect(await messageOf('dust-verify#s2#2026-12-08')).toBeNull();
  });

  it('creates nothing when run again at 18:00 or at 23:00', async () => {
    // Act
    const again = await run(AT);
    const late = await run(LATE);

    // Assess
    for (const counts of [again, late])
      expect([counts.reminded, counts.urged, counts.verified, counts.tasks]).toEqual([0, 0, 0, 0]);
  });

  it('the next day reminds again but never urges or verifies the same streak twice; an upload ends a streak', async () => {
    // Prepare: s2 uploaded on D (its streak ends); the others go on; s0 misses the 11th
    sites = sites.map((s) => (s.siteId === 's2' ? { ...s, lastSatisfiedDay: D } : s));

    // Act
    const counts = await run(NEXT);

    // Assess: reminds s0 (k 1), s1 (2), s2 (1), s3 (8), s4 (5); s5 has no phone; s1 reaches k 3 tomorrow only
    expect([counts.reminded, counts.urged, counts.verified, counts.tasks, counts.noPhone]).toEqual([
      5, 0, 0, 0, 1,
    ]);
    expect(await messageOf('dust-remind#s2#2026-12-11')).not.toBeNull();
  });

  it('two first attempts of a day at once (no pre-read of the day’s new keys) still create each SMS and task once', async () => {
    // Prepare: a later day, four sites at k 1, 3, 4 (its urge never asked: read first) and 7
    const day = '2027-01-20';
    const at = new Date(`${day}T18:00:00+08:00`);
    const before = sites;
    const firm = before[0]?.enterpriseId as string;
    const townId = before[0]?.townId as string;
    sites = [
      ['2027-01-19', 1],
      ['2027-01-17', 2],
      ['2027-01-16', 3],
      ['2027-01-13', 4],
    ].map(([last, n]) => ({
      siteId: `s1${n}`,
      enterpriseId: firm,
      districtId: 'wujin',
      townId,
      name: `喷涂车间${n}`,
      location: `${n}号厂房`,
      contactPhone: `1370000000${n}`,
      createdAt: '2026-11-01T02:00:00.000Z',
      lastSatisfiedDay: String(last),
    }));
    const { runDustLadder } = await import('#functions/dust-ladder/jobs/ladder');
    const first = () => runDustLadder(at, { source, firstAttempt: true });

    // Act
    const runs = await Promise.all([first(), first()]);
    const takeover = await runDustLadder(at, { source, firstAttempt: false });
    sites = before;

    // Assess: 4 reminds, 3 urges (k 3, 4, 7), 1 verification, 4 tasks, split between the two runs
    const total = (key: 'reminded' | 'urged' | 'verified' | 'tasks') =>
      runs.reduce((sum, counts) => sum + counts[key], 0);
    expect([total('reminded'), total('urged'), total('verified'), total('tasks')]).toEqual([4, 3, 1, 4]);
    expect([takeover.reminded, takeover.urged, takeover.verified, takeover.tasks]).toEqual([0, 0, 0, 0]);
    expect((await messageOf('dust-urge#s13#2027-01-17'))?.recipient.phone).toBe('13910000009');
  });

  it('as scheduled jobs: one ladder run a Beijing day and one rate run an hour (a repeat is skipped)', async () => {
    // Prepare
    const job = (name: string) => {
      const found = stack.bindings.jobs.find((candidate) => candidate.name === name);
      if (!found) throw new Error(`${name} missing from the manifest`);
      return found;
    };
    const day = new Date('2026-12-20T18:00:00+08:00');

    // Act
    const ladder = [
      await runJob(job('dust-ladder'), day),
      await runJob(job('dust-ladder'), new Date(day.getTime() + 5 * 3600_000)),
    ];
    const rate = [
      await runJob(job('dust-rate'), day),
      await runJob(job('dust-rate'), new Date(day.getTime() + 30 * 60_000)),
    ];

    // Assess
    expect(ladder.map((r) => (r as { skipped?: boolean }).skipped ?? false)).toEqual([false, true]);
    expect(rate.map((r) => (r as { skipped?: boolean }).skipped ?? false)).toEqual([false, true]);
  });

  it('answers the day’s upload rate, the sites not uploaded and the trend from the snapshots', async () => {
    // Act
    const today = await get(`/api/metrics/dust?level=district&date=${D}`);
    const trend = await get('/api/metrics/dust?level=city&date=2026-12-11&days=2');
    const town = await signedIn(stack, {
      role: 'townOfficer',
      districtId: 'wujin',
      townId: sites[0]?.townId,
    });
    const above = await get('/api/metrics/dust?level=city', town.headers);
    const stray = await get('/api/metrics/dust?level=city&limit=5');

    // Assess: on D only s0 uploaded (1 of 6); on the 11th none (s2's upload was on D): mean (1/6 + 0) / 2
    expect(today.status).toBe(200);
    const body = today.body as {
      total: object;
      rows: { id: string; uploaded: number; sites: number }[];
      missing: { siteId: string }[];
    };
    expect(body.total).toEqual({ sites: 6, uploaded: 1, rate: 1 / 6 });
    expect(body.rows.map((r) => [r.id, r.sites, r.uploaded])).toEqual([['wujin', 6, 1]]);
    expect(body.missing.map((m) => m.siteId).sort()).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect((trend.body as { trend: unknown[] }).trend).toEqual([
      { day: D, sites: 6, uploaded: 1, rate: 1 / 6 },
      { day: '2026-12-11', sites: 6, uploaded: 0, rate: 0 },
    ]);
    expect((trend.body as { rows: { mean: number }[] }).rows[0]?.mean).toBeCloseTo(1 / 12);
    expect(above.status).toBe(404);
    expect(stray.status).toBe(400);
  });
});
