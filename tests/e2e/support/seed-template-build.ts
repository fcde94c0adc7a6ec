/**
 * Child process of seed-templates.ts: seeds a demo city (scale 0.05, as startSeededConsole always did) into a
 * local stack persisted at `<dir>`, or with `agencies` adds the demo agencies to a city already there, then
 * stops the stack (its S3 workers drained) and exits. A process of its own, because handler modules read the
 * stack's endpoints once: the test's own stack starts later, on other ports.
 */
import { startLocalStack } from '#infra/local/stack';

const [dir, what] = process.argv.slice(2);
if (!dir || (what !== 'city' && what !== 'agencies'))
  throw new Error('usage: seed-template-build.ts <dir> city|agencies');
const stack = await startLocalStack({ port: 0, dataDir: dir });
if (what === 'city') await (await import('#infra/local/seed/seed-city')).seedDemoCity({ scale: 0.05 });
else await (await import('#infra/local/seed/agency-run')).seedAgencyData();
await stack.stop();
process.exit(0);
