import { afterEach, describe, expect, it, vi } from 'vitest';
import { allPages } from '../../../admin/src/zeroing/zeroingApi';

describe('every page of a campaign list (the 录入检查 picker and the export)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('follows the cursor until the last page, 100 rows a request', async () => {
    // Prepare: three pages, the way the API answers a list of 107 enterprises at limit 100 … and 2 more
    const pages: Record<string, { data: number[]; nextCursor: string | null }> = {
      '': { data: [1, 2], nextCursor: 'c2' },
      c2: { data: [3], nextCursor: 'c 3' },
      'c 3': { data: [4], nextCursor: null },
    };
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      const cursor = new URL(url, 'http://console').searchParams.get('cursor') ?? '';
      return new Response(JSON.stringify(pages[cursor]), { headers: { 'content-type': 'application/json' } });
    });

    // Act
    const rows = await allPages<number>('/zeroing-campaigns/C1/entries');

    // Assess
    expect(rows).toEqual([1, 2, 3, 4]);
    expect(asked).toEqual([
      '/api/zeroing-campaigns/C1/entries?limit=100',
      '/api/zeroing-campaigns/C1/entries?limit=100&cursor=c2',
      '/api/zeroing-campaigns/C1/entries?limit=100&cursor=c%203',
    ]);
  });
});
