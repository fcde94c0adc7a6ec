import { enterprisesById } from '#functions/enterprises/store/batches';
import { nameTokensOf, putNameTokens } from '#functions/enterprises/store/name-index';
import { updateIndexRun } from '#functions/enterprises/store/transfer-runs';
import { logger } from '#functions/platform/logger';

/** Enterprises whose tokens are built between two progress updates. */
export const INDEX_EVERY = 500;

/** Test seams: a throw in `beforeIndexChunk` is a failure of the name-index phase there. */
export interface ImportSeams {
  beforeIndexChunk?: (indexed: number) => Promise<void> | void;
}

/**
 * The import's second phase, after its task is DONE: the name tokens of the enterprises it created, read back
 * as they are stored now (a record edited or deleted since is indexed as it is), with progress on the task.
 * A failure is logged and marked on the task, never thrown: the task stays DONE (its rows are written), and the
 * nightly `enterprise-name-index` job puts the tokens still missing — as it does after a run that dies here.
 */
export async function buildImportedNameIndex(
  run: { taskId: string; runId: string },
  ids: readonly string[],
  clock: () => Date,
  seams: ImportSeams = {},
): Promise<{ indexed: number } | { indexFailed: string }> {
  let indexed = 0;
  try {
    for (; indexed < ids.length; ) {
      await seams.beforeIndexChunk?.(indexed);
      const chunk = ids.slice(indexed, indexed + INDEX_EVERY);
      const records = await enterprisesById(chunk);
      await putNameTokens([...records.values()].flatMap(nameTokensOf));
      indexed += chunk.length;
      await updateIndexRun(run, { indexed }, clock());
    }
    return { indexed };
  } catch (error) {
    logger.error('import name index phase failed; the enterprise-name-index job completes it', {
      taskId: run.taskId,
      indexed,
      total: ids.length,
      error,
    });
    await updateIndexRun(run, { indexFailedAt: clock().toISOString() }, clock()).catch((failure: unknown) =>
      logger.warn('import name index failure not recorded on the task', { error: String(failure) }),
    );
    return { indexFailed: String(error) };
  }
}
