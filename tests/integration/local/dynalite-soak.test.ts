import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const child = fileURLToPath(new URL('./dynalite-soak-child.ts', import.meta.url));

interface SoakReport {
  queries: number;
  stoppedAtLimit: number;
  baseline: number;
  samples: { queries: number; rssMiB: number }[];
  seconds: number;
}

/** Runs the soak in a fresh `node --expose-gc` (tsx for the TypeScript) and reads its one JSON line. */
function soak(): Promise<SoakReport> {
  return new Promise((resolve, reject) => {
    const run = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', child], {
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    let out = '';
    let err = '';
    run.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    run.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    run.on('error', reject);
    run.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) reject(new Error(`soak exited with ${code}: ${err || out}`));
      else resolve(JSON.parse(line) as SoakReport);
    });
  });
}

describe('the local DynamoDB (dynalite, patched at install)', () => {
  it('keeps its RSS flat within 50 MB over 20,000 Queries that stop at their Limit', async () => {
    // Act
    const report = await soak();

    // Assess: every Query stopped early (the case that leaked ≈ 20 KB each), and memory did not climb
    const growth = Math.max(...report.samples.map((sample) => sample.rssMiB)) - report.baseline;
    console.info(
      `dynalite soak: ${report.queries} queries in ${report.seconds} s, RSS ${report.baseline} MiB → ` +
        `${report.samples.map((sample) => sample.rssMiB).join(' / ')} MiB (+${growth.toFixed(1)})`,
    );
    expect(report.queries).toBe(20_000);
    expect(report.stoppedAtLimit).toBe(20_000);
    expect(report.samples).toHaveLength(10);
    expect(growth).toBeLessThan(50);
  }, 120_000);
});
