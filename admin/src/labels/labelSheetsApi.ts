import { createApiClient } from '../api/httpClient';

/** A label sheet task as GET /api/label-sheets/{id} answers it. */
export interface LabelSheetTask {
  readonly id: string;
  readonly status: 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED';
  readonly total: number;
  readonly processed: number;
  readonly skipped: number;
  readonly downloadUrl?: string;
  readonly message?: string;
}

export type LabelSheetRequest = { ids: string[] } | { filter: Record<string, string | boolean> };

const api = createApiClient();

export const startLabelSheet = (request: LabelSheetRequest) =>
  api<LabelSheetTask>('/label-sheets', { method: 'POST', body: request });

export const readLabelSheet = (id: string, signal: AbortSignal) =>
  api<LabelSheetTask>(`/label-sheets/${encodeURIComponent(id)}`, { signal });

/** What a list's selection or filter asks to print; blank filter values are dropped (the API refuses them). */
export function labelSheetRequest(
  selectedIds: readonly (string | number)[],
  filterValues: Record<string, unknown>,
): LabelSheetRequest {
  if (selectedIds.length > 0) return { ids: selectedIds.map(String) };
  const filter: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(filterValues)) {
    if (typeof value === 'boolean' || (typeof value === 'string' && value.trim() !== '')) filter[key] = value;
    else if (typeof value === 'number') filter[key] = String(value);
  }
  return { filter };
}
