import { readFileSync } from 'node:fs';

/** Prints the mutation score per folder from StrykerJS's JSON report (mutation-testing-report-schema). */
interface MutantResult {
  status: string;
}
interface Report {
  files: Record<string, { mutants: MutantResult[] }>;
}

const detected = new Set(['Killed', 'Timeout']);
const counted = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const targets: [RegExp, number][] = [
  [/\/domain$|^functions\/platform$|^functions\/identity$/, 80],
  [/\/store$/, 70],
];

const report = JSON.parse(readFileSync('.stryker/mutation.json', 'utf8')) as Report;
const byFolder = new Map<string, { killed: number; total: number }>();
for (const [file, { mutants }] of Object.entries(report.files)) {
  // functions/<capability>/domain|store, functions/platform, or the capability's own top-level files.
  const parts = file.replace(/^.*?(?=functions\/)/, '').split('/');
  const inLayer = parts[1] !== 'platform' && (parts[2] === 'domain' || parts[2] === 'store');
  const key = parts.slice(0, inLayer ? 3 : 2).join('/');
  const tally = byFolder.get(key) ?? { killed: 0, total: 0 };
  for (const mutant of mutants) {
    if (!counted.has(mutant.status)) continue;
    tally.total += 1;
    if (detected.has(mutant.status)) tally.killed += 1;
  }
  byFolder.set(key, tally);
}
console.log('folder                                   score   killed/total  target');
for (const [folder, { killed, total }] of [...byFolder].sort()) {
  const score = total ? (100 * killed) / total : 100;
  const target = targets.find(([pattern]) => pattern.test(folder))?.[1];
  const flag = target !== undefined && score < target ? '  BELOW' : '';
  console.log(
    `${folder.padEnd(40)} ${score.toFixed(1).padStart(5)}%  ${`${killed}/${total}`.padStart(12)}  ${target ? `≥ ${target}%` : '-'}${flag}`,
  );
}
