import { createApiClient } from '../api/httpClient';
import type { LabelSheetTask } from '../labels/labelSheetsApi';

/** POST /api/label-sheets for dust sites: the selected sites, or the list's place filter. */
export type DustLabelRequest =
  | { kind: 'dustSite'; ids: string[] }
  | { kind: 'dustSite'; filter: Partial<Record<'enterpriseId' | 'districtId' | 'townId', string>> };

/** The filters a dust label sheet takes (the API refuses the risk-point ones); the list's others are dropped. */
const PLACE_KEYS = ['enterpriseId', 'districtId', 'townId'] as const;

/**
 * What a dust site list's selection or filter asks to print. Its name search and status filter are not sent:
 * retired sites are never printed, and a sheet is for places (an enterprise, a town), not for a search.
 */
export function dustLabelRequest(
  selectedIds: readonly (string | number)[],
  filterValues: Record<string, unknown>,
): DustLabelRequest {
  if (selectedIds.length > 0) return { kind: 'dustSite', ids: selectedIds.map(String) };
  const filter: Partial<Record<(typeof PLACE_KEYS)[number], string>> = {};
  for (const key of PLACE_KEYS) {
    const value = filterValues[key];
    if (typeof value === 'string' && value.trim() !== '') filter[key] = value.trim();
  }
  return { kind: 'dustSite', filter };
}

const api = createApiClient();

export const startDustLabelSheet = (request: DustLabelRequest) =>
  api<LabelSheetTask>('/label-sheets', { method: 'POST', body: request });
