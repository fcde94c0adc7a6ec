import { useInfiniteQuery } from '@tanstack/react-query';
import type { Page } from '#functions/platform/pager';
import { type CheckLevel, checkLevels, checkRefusal } from '#functions/zeroing/domain/levels';
import type {
  ZeroingBoard,
  ZeroingCheck,
  ZeroingCheckCreate,
  ZeroingEntry,
} from '#functions/zeroing/schemas';
import { createApiClient } from '../api/httpClient';
import { uploadVerifiedPhoto } from '../api/verifiedPhoto';

/** What the zeroing screens send and read (the API's own types) and the pure helpers they share. */
export type { ZeroingBoard, ZeroingCheck, ZeroingEntry };

/** The console's API client for the zeroing screens. */
export const api = createApiClient();

/** A page of a list route, as the platform's pager answers it. */
export type { Page } from '#functions/platform/pager';

export { type CheckLevel, checkLevels };

/**
 * The levels a role may record, by the API's own rule (`checkRefusal`) for an enterprise of the caller's district:
 * the console offers only what the API would take.
 */
export const recordableLevels = (role: string | undefined): readonly CheckLevel[] =>
  checkLevels.filter((level) => checkRefusal({ role: role ?? '', districtId: 'own' }, level, 'own') === null);

/** One page of a campaign's list route, 100 rows a request, after `cursor`. */
export const pagePath = (path: string, cursor: string | null) =>
  `${path}?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;

/**
 * Every row of one of a campaign's list routes: bounded, as a campaign lists at most 2,000 enterprises (the
 * enterprise picker of 录入检查 and the export need all of them, not the first page).
 */
export async function allPages<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await api<Page<T>>(pagePath(path, cursor), signal ? { signal } : {});
    rows.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

/** A list read a page at a time, for a table with 加载更多 (`pathOf` names the page after a cursor). */
export const usePages = <T>(
  queryKey: readonly unknown[],
  pathOf: (cursor: string | null) => string,
  enabled = true,
) =>
  useInfiniteQuery({
    queryKey,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => api<Page<T>>(pathOf(pageParam), { signal }),
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });

/** The path of a campaign (or of one of its parts), relative to the API's base. */
export const campaignPath = (id: string, part?: 'board' | 'entries' | 'checks' | 'imports') =>
  `/zeroing-campaigns/${encodeURIComponent(id)}${part ? `/${part}` : ''}`;

/** The open major hazards a picker offers: one district's (or the city's), a page at a time. */
export function majorHazardsPath(districtId: string | undefined, cursor: string | null): string {
  const search = new URLSearchParams({ level: 'major', status: 'OPEN', limit: '50' });
  if (districtId) search.set('districtId', districtId);
  if (cursor) search.set('cursor', cursor);
  return `/hazards?${search.toString()}`;
}

/** Base64 of a file's bytes, in chunks (String.fromCharCode on a whole file overflows the call stack). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** The import file the API takes: ≤ 180,000 characters of base64, i.e. about 135 KB of .xlsx. */
export const MAX_IMPORT_BYTES = 135_000;

/** A check form's values as the API takes them: checkers one per line or separated by 、 , ，. */
export interface CheckForm {
  enterpriseId: string;
  level: CheckLevel;
  checkedOn: string;
  checkers: string;
  results: Record<string, { zeroed: boolean; note: string }>;
}

/** The POST body of 录入检查: one result per listed hazard (已清零 unless the form says not), checkers split. */
export function checkBodyOf(
  form: CheckForm,
  entry: ZeroingEntry,
  photoIds: string[] = [],
): ZeroingCheckCreate {
  return {
    enterpriseId: form.enterpriseId,
    level: form.level,
    checkedOn: form.checkedOn,
    checkers: form.checkers
      .split(/[\n、,，;；]/)
      .map((name) => name.trim())
      .filter(Boolean),
    results: entry.hazards.map((hazard) => {
      const result = form.results[hazard.hazardId] ?? { zeroed: true, note: '' };
      const note = result.note.trim();
      return { hazardId: hazard.hazardId, zeroed: result.zeroed, ...(note ? { note } : {}) };
    }),
    photoIds,
  };
}

/** A check's photo: an upload of kind `hazard` of the checked enterprise, waited for until the server verifies it. */
export const uploadCheckPhoto = (file: File, enterpriseId: string) =>
  uploadVerifiedPhoto(file, 'hazard', enterpriseId);
