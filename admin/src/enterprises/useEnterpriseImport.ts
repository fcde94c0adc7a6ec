import { useCallback, useEffect, useRef, useState } from 'react';
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

/**
 * An import from start to end: POST /api/enterprise-imports, the file straight to the bucket with upload
 * progress, then the task read every second until the importer is done. Cancelling aborts the upload.
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

  return { step, ...polled, start, cancelUpload, reset };
}
