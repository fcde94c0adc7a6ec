import { useEffect, useState } from 'react';

interface Task {
  readonly id: string;
  readonly status: 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED';
}

export interface PolledTask<T extends Task> {
  /** The latest state read, starting with the one the POST answered. */
  readonly task: T | null;
  /** The last read failed (network, 5xx); polling pauses until `retry`. */
  readonly error: Error | null;
  readonly retry: () => void;
}

export const POLL_INTERVAL_MS = 1000;

export const isSettled = (task: Task | null) => task?.status === 'DONE' || task?.status === 'FAILED';

/**
 * Reads a background task (import, export) every second until it is DONE or FAILED, starting from `started`
 * (what POST answered). Each answer schedules the next read, so reads never overlap; a new task or an unmount
 * cancels the pending one.
 */
export function usePolledTask<T extends Task>(
  read: (id: string, signal: AbortSignal) => Promise<T>,
  started: T | null,
  intervalMs = POLL_INTERVAL_MS,
): PolledTask<T> {
  const [task, setTask] = useState<T | null>(started);
  const [error, setError] = useState<Error | null>(null);
  const [from, setFrom] = useState<T | null>(started);
  if (from !== started) {
    // a new task: start over from what its POST answered
    setFrom(started);
    setTask(started);
    setError(null);
  }

  useEffect(() => {
    if (!task || error || isSettled(task)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      read(task.id, controller.signal).then(
        (next) => {
          if (!controller.signal.aborted) setTask(next);
        },
        (caught: unknown) => {
          if (!controller.signal.aborted)
            setError(caught instanceof Error ? caught : new Error(String(caught)));
        },
      );
    }, intervalMs);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [task, error, read, intervalMs]);

  return { task, error, retry: () => setError(null) };
}
