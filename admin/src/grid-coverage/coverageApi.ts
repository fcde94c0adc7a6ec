import type { AssignmentView, Coverage, OutsideRowView } from '#functions/grid-coverage/schemas';
import { createApiClient } from '../api/httpClient';

/** The API's own types: coverage per district and town, an outside row, a bulk assignment. */
export type { AssignmentView, Coverage, OutsideRowView };

export interface OutsidePage {
  data: OutsideRowView[];
  nextCursor: string | null;
}

/** The outside list's filters (blank ones are left out: the API refuses an empty filter). */
export interface OutsideFilter {
  districtId?: string;
  townId?: string;
  industry?: string;
  q?: string;
}

export interface Preview {
  count: number;
  limit: number;
  tooMany: boolean;
  rows: OutsideRowView[];
}

/** Rows one page of the outside list asks for. */
export const OUTSIDE_PAGE = 50;

/** `a=1&b=x` from the filter's non-blank values (trimmed), in a fixed order, then the extra parameters. */
export function filterQuery(
  filter: OutsideFilter,
  extra: Record<string, string | number | null> = {},
): string {
  const search = new URLSearchParams();
  for (const key of ['districtId', 'townId', 'industry', 'q'] as const) {
    const value = filter[key]?.trim();
    if (value) search.set(key, value);
  }
  for (const [key, value] of Object.entries(extra))
    if (value !== null && value !== '') search.set(key, String(value));
  return search.toString();
}

/** The body of POST /api/grid-assignments: the town, the grid and the list's industry and name filter. */
export function assignmentBody(filter: OutsideFilter, gridId: string) {
  const industry = filter.industry?.trim();
  const q = filter.q?.trim();
  return { townId: filter.townId ?? '', gridId, ...(industry ? { industry } : {}), ...(q ? { q } : {}) };
}

const api = createApiClient();

export const readCoverage = (signal?: AbortSignal) => api<Coverage>('/grid-coverage', { signal });

export const readOutsidePage = (filter: OutsideFilter, cursor: string | null, signal?: AbortSignal) =>
  api<OutsidePage>(`/grid-coverage/outside?${filterQuery(filter, { limit: OUTSIDE_PAGE, cursor })}`, {
    signal,
  });

export const readPreview = (filter: OutsideFilter, gridId: string, signal?: AbortSignal) =>
  api<Preview>(`/grid-assignments/preview?${filterQuery({ ...filter, districtId: undefined }, { gridId })}`, {
    signal,
  });

export const startAssignment = (filter: OutsideFilter, gridId: string) =>
  api<AssignmentView>('/grid-assignments', { method: 'POST', body: assignmentBody(filter, gridId) });

export const readAssignment = (id: string, signal?: AbortSignal) =>
  api<AssignmentView>(`/grid-assignments/${encodeURIComponent(id)}`, { signal });

interface NamedPage {
  data: { id: string; name: string }[];
}

/** A district's towns, or a town's grids: one page of 100 is all of them. */
export const readTowns = (districtId: string, signal?: AbortSignal) =>
  api<NamedPage>(`/towns?districtId=${encodeURIComponent(districtId)}&limit=100`, { signal });
export const readGrids = (townId: string, signal?: AbortSignal) =>
  api<NamedPage>(`/grids?townId=${encodeURIComponent(townId)}&limit=100`, { signal });
