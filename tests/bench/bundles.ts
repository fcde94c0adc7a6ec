import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleEntry, bundleFunction, repoRoot } from '#infra/bundle';
import { dependencyShares, manifestFunctions } from '#tests/infra/support/bundles';

/** Size budgets in KB: every function, and tighter ones for functions that should stay small. */
const BUNDLE_BUDGET_KB = 400;
const BUNDLE_BUDGET_KB_OF: Readonly<Record<string, number>> = {
  'system/handlers/health': 150,
  // labels: the PDF worker alone carries pdfkit and fontkit (~1.3 MB); its fonts are files next to the bundle.
  'labels/events/label-sheet': 1400,
  // the photo check decodes JPEG and PNG (jpeg-js, pngjs: ≈ 35 KB) for the perceptual hash (issue 13)
  'photos/events/upload-check': 450,
};
const INIT_RATIO_BUDGET = 2.5;
/** How many owners (npm packages, functions/<capability>) to print per function. */
const TOP_SHARES = 5;
const RUNS = 5;
const benchDir = join(repoRoot, '.bench', 'bundles');

const benchEnv = {
  ...process.env,
  TABLE_NAME: 'bench',
  AUDIT_TABLE_NAME: 'bench-audit',
  KEYS_TABLE_NAME: 'bench-keys',
  JWT_ISSUER: 'https://bench.example.cn/api/auth',
  PHOTOS_BUCKET: 'bench',
  TRANSFERS_BUCKET: 'bench-transfers',
  APP_VERSION: 'bench',
  AWS_REGION: 'cn-north-1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** One cold start: a fresh `node` that imports the bundle and exits (wall ms), and the import alone inside it. */
function coldStart(file: string): { wallMs: number; importMs: number } {
  const script = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(file).href)});console.log(performance.now()-t)`;
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: benchEnv,
    encoding: 'utf8',
  });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`importing ${file} failed:\n${child.stderr}`);
  return { wallMs, importMs: Number(child.stdout.trim().split('\n').pop()) };
}

/**
 * Cold start of one bundle, medians of RUNS processes, each run paired with a run of the baseline bundle: the
 * ratio compares the two under the same machine load (a shared CI box drifts over a two-minute bench).
 */
function measureInit(file: string, baselineFile: string) {
  const walls: number[] = [];
  const imports: number[] = [];
  const baselineWalls: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    baselineWalls.push(coldStart(baselineFile).wallMs);
    const { wallMs, importMs } = coldStart(file);
    walls.push(wallMs);
    imports.push(importMs);
  }
  const wallMs = median(walls);
  return { wallMs, importMs: median(imports), ratio: wallMs / median(baselineWalls) };
}

function baselineBundle() {
  mkdirSync(benchDir, { recursive: true });
  const source = join(benchDir, 'empty-handler.ts');
  writeFileSync(source, 'export const handler = async () => ({ statusCode: 200 });\n');
  return bundleEntry(source, join(benchDir, 'baseline'));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export async function runBundleBench(): Promise<number> {
  const baseline = baselineBundle();
  const baselineInit = measureInit(baseline.file, baseline.file);
  const rows = [
    { name: 'baseline (empty handler)', kb: baseline.bytes / 1024, ...baselineInit, budget: 0, top: '' },
  ];
  for (const fn of manifestFunctions()) {
    const bundle = bundleFunction(fn.module, benchDir);
    const top = dependencyShares(bundle.metafile)
      .slice(0, TOP_SHARES)
      .map((share) => `${share.owner} ${kb(share.bytes)} ${(share.share * 100).toFixed(0)}%`)
      .join(', ');
    const budget = BUNDLE_BUDGET_KB_OF[fn.module] ?? BUNDLE_BUDGET_KB;
    rows.push({
      name: fn.module,
      kb: bundle.bytes / 1024,
      ...measureInit(bundle.file, baseline.file),
      budget,
      top,
    });
  }

  let failures = 0;
  console.log(
    `bundle benchmark: node ${process.version}, init = median of ${RUNS} fresh node processes, × base against baseline runs interleaved with them`,
  );
  const width = Math.max(...rows.map((row) => row.name.length)) + 1;
  console.log(
    'function'.padEnd(width),
    'size KB'.padStart(8),
    'budget'.padStart(7),
    'init ms'.padStart(8),
    '× base'.padStart(7),
    'import ms'.padStart(10),
    '',
    'flags',
  );
  for (const row of rows) {
    const { ratio } = row;
    const overSize = row.budget > 0 && row.kb > row.budget;
    const overInit = ratio > INIT_RATIO_BUDGET;
    if (overSize) failures += 1;
    const flags = [overSize ? 'OVER SIZE' : '', overInit ? 'SLOW INIT' : ''].filter(Boolean).join(' ');
    console.log(
      row.name.padEnd(width),
      row.kb.toFixed(1).padStart(8),
      (row.budget > 0 ? `≤${row.budget}` : '-').padStart(7),
      row.wallMs.toFixed(1).padStart(8),
      ratio.toFixed(2).padStart(7),
      row.importMs.toFixed(1).padStart(10),
      '',
      flags,
    );
    if (row.top) console.log(`${''.padEnd(width)} └ ${row.top}`);
  }
  console.log(
    `targets: every function ≤ ${BUNDLE_BUDGET_KB} KB, ${Object.entries(BUNDLE_BUDGET_KB_OF)
      .map(([name, budget]) => `${name} ≤ ${budget} KB`)
      .join(', ')}; init ≤ ${INIT_RATIO_BUDGET}× baseline (flagged, not failed: it varies with the machine)`,
  );
  return failures > 0 ? 1 : 0;
}
