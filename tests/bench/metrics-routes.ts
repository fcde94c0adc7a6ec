import type { LocalStack } from '#infra/local/stack';
import { createUserDirect, loginAs } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';

/** Requests per route (after a few unmeasured ones), one at a time: a dashboard's reads, not a load test. */
const REQUESTS = Number(process.env.METRICS_ROUTES_REQUESTS ?? 100);
const WARM_UP = 5;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;

async function p95(stack: LocalStack, path: string, headers: Record<string, string> = {}) {
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < WARM_UP + REQUESTS; i += 1) {
    const started = performance.now();
    const answer = await callApi(stack, path, { headers });
    if (i >= WARM_UP) times.push(performance.now() - started);
    status = answer.status;
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), status };
}

/**
 * The trend reads 90 day snapshots; the bench ran the job once, so its district and town rows are copied to the
 * 89 days before (same sizes, one put each): what 90 days of the job leave for the trend to read.
 */
async function fillTrendDays(day: string) {
  const { districtIds } = await import('#functions/platform/districts');
  const { queryAll, putAll } = await import('#functions/platform/dynamo/items');
  const pks = ['overdue#district#city', ...districtIds.map((d) => `overdue#town#${d}`)];
  const items = (
    await Promise.all(
      pks.map((pk) =>
        queryAll({
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': pk, ':prefix': `d${day}#` },
        }),
      ),
    )
  ).flat();
  const copies = [];
  for (let back = 1; back < 90; back += 1) {
    const other = new Date(Date.parse(`${day}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
    for (const item of items) copies.push({ ...item, sk: String(item.sk).replace(`d${day}#`, `d${other}#`) });
  }
  await putAll(copies);
  return copies.length + items.length;
}

/** p95 of each metrics route at the city's scale, next to GET /api/health in the same run. */
export async function measureMetricsRoutes(stack: LocalStack, trendDay: string): Promise<void> {
  const dayRows = await fillTrendDays(trendDay);
  const as = async (input: Parameters<typeof createUserDirect>[0]) => {
    const user = await createUserDirect(input);
    return { authorization: `Bearer ${await loginAs(stack, user.username)}` };
  };
  const city = await as({ role: 'cityAdmin' });
  const wujin = await as({ role: 'districtAdmin', districtId: 'wujin' });
  const town = await as({ role: 'townOfficer', districtId: 'wujin', townId: 'bt-2-0' });
  const routes: [string, string, Record<string, string>][] = [
    ['GET /api/health', '/api/health', {}],
    ['overdue city (city admin)', '/api/metrics/overdue?level=city', city],
    ['overdue districts (city admin)', '/api/metrics/overdue?level=district', city],
    ['overdue towns (city admin, 66)', '/api/metrics/overdue?level=town&limit=100', city],
    ['overdue enterprises p.1 (city admin)', '/api/metrics/overdue?level=enterprise&limit=100', city],
    ['overdue worst 10 (city admin)', '/api/metrics/overdue?level=enterprise&sort=worst&limit=10', city],
    ['overdue towns (district admin)', '/api/metrics/overdue?level=town', wujin],
    ['overdue enterprises (town officer)', '/api/metrics/overdue?level=enterprise&limit=100', town],
    ['overdue districts, a day', `/api/metrics/overdue?level=district&date=${trendDay}`, city],
    ['trend 90 days × 7 districts', '/api/metrics/trend?metric=overdueRate&days=90&level=district', city],
    ['trend 90 days × towns (district)', '/api/metrics/trend?days=90&level=town', wujin],
  ];
  const { routes: manifestRoutes } = await import('#functions/manifest');
  if (manifestRoutes.some((route) => route.path === '/api/metrics/period'))
    routes.push(['period districts (city admin)', '/api/metrics/period?level=district', city]);
  console.log(
    `  metrics routes (${REQUESTS} requests each, one at a time; ${dayRows} day rows for the trend):`,
  );
  const health = await p95(stack, '/api/health');
  for (const [name, path, headers] of routes) {
    const measured = name === 'GET /api/health' ? health : await p95(stack, path, headers);
    const ratio = measured.p95 / health.p95;
    console.log(
      `    ${name.padEnd(40)} ${String(measured.status).padEnd(4)} p50 ${measured.p50.toFixed(1).padStart(6)} ms  p95 ${measured.p95.toFixed(1).padStart(6)} ms  (${ratio.toFixed(1)}× health)`,
    );
  }
}
