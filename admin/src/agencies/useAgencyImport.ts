import { useEffect, useRef, useState } from 'react';
import { useRefresh } from 'react-admin';
import { uploadWithPresignedPost } from '../api/presignedUpload';
import { usePolledTask } from '../shared/usePolledTask';
import {
  type AgencyImportTask,
  agencyImportFormat,
  agencyImportProblem,
  getAgencyImport,
  startAgencyImport,
} from './transferApi';

export type AgencyImportStep =
  | { readonly kind: 'choose' }
  | { readonly kind: 'uploading'; readonly loaded: number; readonly total: number }
  | { readonly kind: 'processing' }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * An agency import from start to end: POST /api/agency-imports, the file straight to the bucket with upload
 * progress, then the task read every second until the importer is done. Cancelling aborts the upload.
 */
export function useAgencyImport() {
  const refresh = useRefresh();
  const [step, setStep] = useState<AgencyImportStep>({ kind: 'choose' });
  const [started, setStarted] = useState<AgencyImportTask | null>(null);
  const upload = useRef<AbortController | null>(null);
  const polled = usePolledTask(getAgencyImport, started);

  const start = async (file: File) => {
    const problem = agencyImportProblem(file);
    if (problem) return setStep({ kind: 'failed', message: problem });
    const controller = new AbortController();
    upload.current = controller;
    setStep({ kind: 'uploading', loaded: 0, total: file.size });
    try {
      const format = agencyImportFormat(file.name) ?? 'xlsx';
      const { task, upload: post } = await startAgencyImport({
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
