/**
 * `tsx infra/local/seed/patrol-measure.ts <dir> [scale]`: seeds a demo city of `scale` into a stack of its own at
 * `<dir>`, then the patrol data, and prints how long the patrol part took (a check of the seed's speed).
 */
import { startLocalStack } from '#infra/local/stack';

const [dir, scaleText] = process.argv.slice(2);
if (!dir) throw new Error('usage: patrol-measure.ts <dir> [scale]');
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
const stack = await startLocalStack({ port: 0, dataDir: dir });
const began = performance.now();
await (await import('#infra/local/seed/seed-city')).seedDemoCity({ scale: Number(scaleText ?? 1) });
console.log(`city: ${((performance.now() - began) / 1000).toFixed(1)} s`);
const { patrolSeedLine, seedPatrolData } = await import('#infra/local/seed/patrol-run');
console.log(patrolSeedLine(await seedPatrolData()));
await stack.stop();
process.exit(0);
