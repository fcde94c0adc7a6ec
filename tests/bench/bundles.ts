import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { events, groups, jobs } from '#functions/manifest';
import { bundleEntry, bundleFunction, repoRoot } from '#infra/bundle';

const API_BUNDLE_BUDGET_KB = 400;
const INIT_RATIO_BUDGET = 3;
const RUNS = 5;
const benchDir = join(repoRoot, '.bench', 'bundles');

const benchEnv = {
  ...process.env,
  TABLE_NAME: 'bench',
  AUDIT_TABLE_NAME: 'bench-audit',
  JWT_ISSUER: 'https://bench.example.cn/api/auth',
  PHOTOS_BUCKET: 'bench',
  TRANSFERS_BUCKET: 'bench-transfers',
  APP_VERSION: 'bench',
  AWS_REGION: 'cn-north-1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Cold start of one bundle: a fresh `node` that imports it and exits (wall time), and the import alone as
 * measured inside that process. Medians of RUNS processes.
 */
function measureInit(file: string): { wallMs: number; importMs: number } {
  const script = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(file).href)});console.log(performance.now()-t)`;
  const walls: number[] = [];
  const imports: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: benchEnv,
      encoding: 'utf8',
    });
    walls.push(performance.now() - started);
    if (child.status !== 0) throw new Error(`importing ${file} failed:\n${child.stderr}`);
    imports.push(Number(child.stdout.trim().split('\n').pop()));
  }
  return { wallMs: median(walls), importMs: median(imports) };
}

function baselineBundle() {
  mkdirSync(benchDir, { recursive: true });
  const source = join(benchDir, 'empty-handler.ts');
  writeFileSync(source, 'export const handler = async () => ({ statusCode: 200 });\n');
  return bundleEntry(source, join(benchDir, 'baseline'));
}

export async function runBundleBench(): Promise<number> {
  const functions = [
    ...Object.values(groups).map((group) => ({ module: group.handler, api: true })),
    ...jobs.map((job) => ({ module: job.handler, api: false })),
    ...events.map((event) => ({ module: event.handler, api: false })),
  ];
  const baseline = baselineBundle();
  const baselineInit = measureInit(baseline.file);
  const rows = [{ name: 'baseline (empty handler)', kb: baseline.bytes / 1024, ...baselineInit, api: false }];
  for (const fn of functions) {
    const bundle = bundleFunction(fn.module, benchDir);
    rows.push({ name: fn.module, kb: bundle.bytes / 1024, ...measureInit(bundle.file), api: fn.api });
  }

  let failures = 0;
  console.log(`bundle benchmark: node ${process.version}, init = median of ${RUNS} fresh node processes`);
  console.log(
    'function'.padEnd(26),
    'size KB'.padStart(8),
    'budget'.padStart(8),
    'init ms'.padStart(8),
    '× base'.padStart(7),
    'import ms'.padStart(10),
  );
  for (const row of rows) {
    const ratio = row.wallMs / baselineInit.wallMs;
    const overSize = row.api && row.kb > API_BUNDLE_BUDGET_KB;
    const overInit = ratio > INIT_RATIO_BUDGET;
    if (overSize) failures += 1;
    const flags = [overSize ? 'OVER SIZE' : '', overInit ? 'SLOW INIT' : ''].filter(Boolean).join(' ');
    console.log(
      row.name.padEnd(26),
      row.kb.toFixed(1).padStart(8),
      (row.api ? `≤${API_BUNDLE_BUDGET_KB}` : '-').padStart(8),
      row.wallMs.toFixed(1).padStart(8),
      ratio.toFixed(2).padStart(7),
      row.importMs.toFixed(1).padStart(10),
      flags,
    );
  }
  console.log(`targets: API bundles ≤ ${API_BUNDLE_BUDGET_KB} KB; init ≤ ${INIT_RATIO_BUDGET}× baseline`);
  return failures > 0 ? 1 : 0;
}
