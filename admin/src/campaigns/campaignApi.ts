import type { TargetCount } from '#functions/campaigns/schemas';
import { type ApiClient, createApiClient } from '../api/httpClient';

/** The campaign routes react-admin's data provider does not cover: the preview count and the send. */
export function campaignApi(api: ApiClient = createApiClient()) {
  return {
    /** GET /api/campaign-targets/count with the filter's set fields. */
    count: (filter: Record<string, unknown>, signal?: AbortSignal) => {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(filter))
        if (typeof value === 'string' && value !== '') search.set(key, value);
      const query = search.toString();
      return api<TargetCount>(`/campaign-targets/count${query ? `?${query}` : ''}`, { signal });
    },
    send: (campaignId: string) =>
      api<{ sent: number; status: string }>(`/campaigns/${encodeURIComponent(campaignId)}/send`, {
        method: 'POST',
      }),
  };
}
