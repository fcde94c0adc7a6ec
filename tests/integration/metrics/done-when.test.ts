import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverdueResponse } from '#functions/metrics/schemas';
import type { PeriodResponse, PeriodRow } from '#functions/metrics/schemas-period';
import { pinClock } from '#functions/platform/clock';
import type { LocalStack } from '#infra/local/stack';
import { authHeader, loginAs, signedIn } from '#tests/fixtures/auth';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';
import {
  buildMetricsDataset,
  crashedScanAt,
  datasetQuarter,
  expectedCityByLevel,
  expectedCityCounts,
  expectedOverdue,
  expectedPeriod,
  expectedRanks,
  figureOrder,
  type MetricsDataset,
  pinnedInstants,
  runMetricsJobsAt,
  type ScopeLabel,
} from '#tests/fixtures/metrics-dataset';

/**
 * Issue 12, done when: for the dataset built through the API (metrics-dataset.ts) every metric is exact at three
 * pinned instants, the last after a crash between a scan and its counter (repaired by the period job's run).
 * The period figures are read through the API right after each instant's runs (the quarter's rows are replaced
 * by the next run); the overdue day snapshots stay, so they are read at the end.
 */
type Instant = 1 | 2 | 3;
let stack: LocalStack;
let dataset: MetricsDataset;
let cityUser = '';
const period = {} as Record<Instant, Record<ScopeLabel, PeriodRow | undefined> & { meta: PeriodResponse }>;
const firmUsers = { E1: 'P1', E2: 'P2', E3: 'S3', E4: 'P4', E5: 'U5' } as const;

async function get<T>(username: string, path: string): Promise<T> {
  const answer = await callApi(stack, path, { headers: authHeader(await loginAs(stack, username)) });
  if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as T;
}

async function capture(instant: Instant, data: MetricsDataset) {
  const q = `/api/metrics/period?quarter=${datasetQuarter}`;
  const city = await get<PeriodResponse>(cityUser, `${q}&level=city`);
  const districts = await get<PeriodResponse>(cityUser, `${q}&level=district`);
  const towns = await get<PeriodResponse>(cityUser, `${q}&level=town`);
  const byId = (rows: PeriodRow[], id: string) => rows.find((row) => row.id === id);
  const rows: Record<string, PeriodRow | undefined> = {
    city: city.data[0],
    wujin: byId(districts.data, 'wujin'),
    liyang: byId(districts.data, 'liyang'),
    A: byId(towns.data, data.towns.A),
    B: byId(towns.data, data.towns.B),
    C: byId(towns.data, data.towns.C),
  };
  for (const [firm, actor] of Object.entries(firmUsers))
    rows[firm] = (await get<PeriodResponse>(data.usernames[actor], `${q}&level=city`)).data[0];
  period[instant] = { ...(rows as Record<ScopeLabel, PeriodRow>), meta: city };
}

beforeAll(async () => {
  stack = await startTestStack();
  cityUser = (await signedIn(stack, { role: 'cityAdmin' })).user.username;
  dataset = await buildMetricsDataset(
    stack,
    async (instant, at, data) => {
      await runMetricsJobsAt(stack, at);
      await capture(instant, data);
    },
    { crashScanAt: crashedScanAt },
  );
}, 240_000);

afterAll(async () => {
  pinClock(null);
  await stack?.stop();
});

const labels = ['city', 'wujin', 'liyang', 'A', 'B', 'C', 'E1', 'E2', 'E3', 'E4', 'E5'] as const;
const expectFigure = (actual: number | null | undefined, expected: number | null, what: string) =>
  expected === null
    ? expect(actual, what).toBeNull()
    : expect(actual ?? Number.NaN, what).toBeCloseTo(expected, 12);

describe.each(pinnedInstants)('at pinned instant $instant ($at)', ({ instant, day }) => {
  it('gives the overdue rate of every enterprise, town, district and the city exactly', async () => {
    // Act
    const rowsOf = async (level: string) =>
      (await get<OverdueResponse>(cityUser, `/api/metrics/overdue?level=${level}&date=${day}&limit=100`))
        .data;
    const all = [
      ...(await rowsOf('city')),
      ...(await rowsOf('district')),
      ...(await rowsOf('town')),
      ...(await rowsOf('enterprise')),
    ];

    // Assess
    const ids: Record<ScopeLabel, string> = {
      city: 'city',
      wujin: 'wujin',
      liyang: 'liyang',
      ...dataset.towns,
      ...(dataset.firms as Record<'E1' | 'E2' | 'E3' | 'E4' | 'E5', string>),
    };
    for (const label of labels) {
      const row = all.find((r) => r.id === ids[label]);
      expect([row?.figures.total.overdue, row?.figures.total.active], `${label} at ${day}`).toEqual(
        expectedOverdue[instant][label],
      );
    }
    const city = all.find((r) => r.level === 'city');
    for (const [level, figures] of Object.entries(expectedCityByLevel[instant]))
      expect(
        [city?.figures[level as 'red'].overdue, city?.figures[level as 'red'].active],
        `city ${level} at ${day}`,
      ).toEqual(figures);
  });

  it('gives every period metric of every area exactly, with district ranks and counts', () => {
    // Assess
    const captured = period[instant];
    expect(captured.meta).toMatchObject({ quarter: datasetQuarter, throughDay: day, final: false });
    expect(captured.meta.thresholds).toEqual({ overdueRate: 0.3, participationRate: 0.6 });
    for (const label of labels) {
      const row = captured[label];
      expect(row, `${label} row`).toBeDefined();
      figureOrder.forEach((key, index) => {
        expectFigure(row?.figures[key], expectedPeriod[instant][label][index] ?? null, `${label} ${key}`);
      });
    }
    for (const district of ['wujin', 'liyang'] as const)
      figureOrder.forEach((key, index) => {
        expect(captured[district]?.ranks?.[key], `${district} rank of ${key}`).toBe(
          expectedRanks[instant][district][index],
        );
      });
    expect(captured.city?.counts).toMatchObject(expectedCityCounts[instant]);
    expect(captured.city?.previous).toBeNull();
  });
});

describe('the crash between a scan and its counter', () => {
  it('was repaired by the period job: E1 counts the crashed scan once (5 scans, 2 late)', () => {
    // Assess
    expect(period[3].E1?.counts).toMatchObject({ scans: 5, lateScans: 2, usingEnterprises: 1 });
  });
});

describe('GET /api/metrics/period, scoped', () => {
  const path = (level: string) => `/api/metrics/period?quarter=${datasetQuarter}&level=${level}`;
  const status = async (username: string, level: string) =>
    (await callApi(stack, path(level), { headers: authHeader(await loginAs(stack, username)) })).status;

  it('gives a district admin its district (ranked among all) and its towns, and no city', async () => {
    // Act
    const districts = await get<PeriodResponse>(dataset.usernames.liyang, path('district'));
    const towns = await get<PeriodResponse>(dataset.usernames.liyang, path('town'));

    // Assess
    expect(districts.data.map((row) => [row.id, row.ranks?.overdueRateEnd])).toEqual([['liyang', 1]]);
    expect(towns.data.map((row) => row.id)).toEqual([dataset.towns.C]);
    expect(await status(dataset.usernames.liyang, 'city')).toBe(404);
  });

  it('gives a town officer its town only, and an enterprise user its own enterprise whatever the level', async () => {
    // Act
    const town = await get<PeriodResponse>(dataset.usernames.townA, path('town'));
    const own = await get<PeriodResponse>(dataset.usernames.S1, path('district'));

    // Assess
    expect(town.data.map((row) => row.id)).toEqual([dataset.towns.A]);
    expect(await status(dataset.usernames.townA, 'district')).toBe(404);
    expect(own.level).toBe('enterprise');
    expect(own.data.map((row) => row.id)).toEqual([dataset.firms.E1]);
  });
});
