import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDataProvider, useRefresh } from 'react-admin';
import { importCreateSchema } from '#functions/enterprises/schemas/transfers';
import { uploadWithPresignedPost } from '../api/presignedUpload';
import type { ConsoleDataProvider, ImportTask } from '../dataProvider';
import { usePolledTask } from '../shared/usePolledTask';

export type ImportStep =
  | { readonly kind: 'choose' }
  | { readonly kind: 'uploading'; readonly loaded: number; readonly total: number }
  | { readonly kind: 'processing' }
  | { readonly kind: 'failed'; readonly message: string };

/** The format the API expects, from the file's extension; null for anything else. */
export function importFormatOf(fileName: string): 'xlsx' | 'csv' | null {
  const extension = fileName.toLowerCase().split('.').pop();
  return extension === 'xlsx' || extension === 'csv' ? extension : null;
}

/** Why the API would refuse this file (type, empty, over 20 MB), in its words; null when it is fine. */
export function importFileProblem(file: File): string | null {
  const format = importFormatOf(file.name);
  const parsed = importCreateSchema.safeParse({ fileName: file.name, format, size: file.size });
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? null);
}

/** The name-index phase after DONE, in the shape the poller follows: RUNNING until its tokens are built or deferred. */
export interface ImportIndexPhase {
  readonly id: string;
  readonly status: 'RUNNING' | 'DONE';
  readonly task: ImportTask;
}

/** A task read as its name-index phase: RUNNING only while the task is DONE and its tokens are being built. */
export const indexPhaseOf = (task: ImportTask): ImportIndexPhase => ({
  id: task.id,
  status: task.status === 'DONE' && task.indexStatus === 'RUNNING' ? 'RUNNING' : 'DONE',
  task,
});

/**
 * An import from start to end: POST /api/enterprise-imports, the file straight to the bucket with upload
 * progress, then the task read every second until the importer is done, and on until the new enterprises' name
 * index is built (or left to the nightly job). Cancelling aborts the upload.
 */
export function useEnterpriseImport() {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const refresh = useRefresh();
  const [step, setStep] = useState<ImportStep>({ kind: 'choose' });
  const [started, setStarted] = useState<ImportTask | null>(null);
  const upload = useRef<AbortController | null>(null);
  const read = useCallback(
    (id: string, signal: AbortSignal) => dataProvider.getEnterpriseImport(id, signal),
    [dataProvider],
  );
  const polled = usePolledTask(read, started);
  const readIndex = useCallback(
    async (id: string, signal: AbortSignal) =>
      indexPhaseOf(await dataProvider.getEnterpriseImport(id, signal)),
    [dataProvider],
  );
  // Started from the DONE the import poll ended on; only while its name-index phase runs.
  const indexFrom = useMemo(() => {
    const phase = polled.task && indexPhaseOf(polled.task);
    return phase?.status === 'RUNNING' ? phase : null;
  }, [polled.task]);
  const indexing = usePolledTask(readIndex, indexFrom);

  const start = async (file: File) => {
    const problem = importFileProblem(file);
    if (problem) return setStep({ kind: 'failed', message: problem });
    const controller = new AbortController();
    upload.current = controller;
    setStep({ kind: 'uploading', loaded: 0, total: file.size });
    try {
      const format = importFormatOf(file.name) ?? 'csv';
      const { task, upload: post } = await dataProvider.startEnterpriseImport({
        fileName: file.name,
        format,
        size: file.size,
      });
      await uploadWithPresignedPost(post, file, {
        signal: controller.signal,
        onProgress: (loaded, total) => setStep({ kind: 'uploading', loaded, total }),
      });
      setStep({ kind: 'processing' });
      setStarted(task);
    } catch (error) {
      if (controller.signal.aborted) return;
      setStep({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const cancelUpload = () => upload.current?.abort();

  const reset = () => {
    cancelUpload();
    setStarted(null);
    setStep({ kind: 'choose' });
  };

  const done = polled.task?.status === 'DONE';
  useEffect(() => {
    if (done) refresh(); // the list behind the dialog shows what was imported
  }, [done, refresh]);
  const indexed = indexing.task?.status === 'DONE';
  useEffect(() => {
    if (indexed) refresh(); // a list searched by name now finds the new enterprises too
  }, [indexed, refresh]);

  const task = indexing.task?.task ?? polled.task;
  const error = polled.error ?? indexing.error;
  const retry = () => {
    polled.retry();
    indexing.retry();
  };
  return { step, task, error, retry, start, cancelUpload, reset };
}
