import { buildConsoleIfStale } from '#infra/local/console-build';

/** Builds admin/dist (production) when it is missing or older than its sources, so the browser sees this code. */
export async function ensureConsoleBuilt(): Promise<void> {
  await buildConsoleIfStale(() => {});
}
