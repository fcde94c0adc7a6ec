import { describe, expect, it } from 'vitest';
import { createDataProvider } from '../../../admin/src/dataProvider';
import { cursorList, fakeFetch, makeEnterprises, page, sort } from './data-provider-support';

describe('admin data provider: cursor pages', () => {
  it('reads every page 100 at a time when an export asks for more than the API serves at once', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(250)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const all = await provider.getList('towns', {
      pagination: page(1, 50_000),
      sort,
      filter: { districtId: 'wujin' },
    });
    const capped = await provider.getList('towns', { pagination: page(1, 120), sort, filter: {} });

    // Assess
    expect(all.data).toHaveLength(250);
    expect(all.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false });
    expect(api.calls.slice(0, 3).map((call) => call.url.searchParams.get('limit'))).toEqual([
      '100',
      '100',
      '100',
    ]);
    expect(api.calls.slice(0, 3).every((call) => call.url.searchParams.get('districtId') === 'wujin')).toBe(
      true,
    );
    expect(capped.data).toHaveLength(120);
    expect(capped.pageInfo?.hasNextPage).toBe(true);
  });

  it('asks for the first page without a cursor and says whether another page follows', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(25)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const result = await provider.getList('enterprises', { pagination: page(1), sort, filter: {} });

    // Assess
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.url.pathname).toBe('/api/enterprises');
    expect(api.calls[0]?.url.searchParams.get('cursor')).toBeNull();
    expect(api.calls[0]?.url.searchParams.get('limit')).toBe('10');
    expect(result.data.map((record) => record.id)).toEqual(makeEnterprises(10).map((record) => record.id));
    expect(result.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
    expect(result.total).toBeUndefined();
  });

  it('reads page 2 from the nextCursor that page 1 returned', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(25)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });
    await provider.getList('enterprises', { pagination: page(1), sort, filter: {} });

    // Act
    const result = await provider.getList('enterprises', { pagination: page(2), sort, filter: {} });

    // Assess
    expect(api.calls).toHaveLength(2);
    expect(api.calls[1]?.url.searchParams.get('cursor')).toBe('after-10');
    expect(result.data[0]?.id).toBe('E11');
    expect(result.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
  });

  it('says there is no next page when the API returns a null nextCursor', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(25)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });
    await provider.getList('enterprises', { pagination: page(1), sort, filter: {} });
    await provider.getList('enterprises', { pagination: page(2), sort, filter: {} });

    // Act
    const result = await provider.getList('enterprises', { pagination: page(3), sort, filter: {} });

    // Assess
    expect(api.calls[2]?.url.searchParams.get('cursor')).toBe('after-20');
    expect(result.data.map((record) => record.id)).toEqual(['E21', 'E22', 'E23', 'E24', 'E25']);
    expect(result.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it('reaches a page it has no cursor for by reading forward from the nearest known page', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(25)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const result = await provider.getList('enterprises', { pagination: page(3), sort, filter: {} });

    // Assess
    expect(api.calls.map((call) => call.url.searchParams.get('cursor'))).toEqual([
      null,
      'after-10',
      'after-20',
    ]);
    expect(result.data[0]?.id).toBe('E21');
    expect(result.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it('answers an empty last page when the list ends before the requested page', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(5)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const result = await provider.getList('enterprises', { pagination: page(4), sort, filter: {} });

    // Assess
    expect(api.calls).toHaveLength(1);
    expect(result.data).toEqual([]);
    expect(result.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it('keeps cursors apart per resource, filter, sort and page size', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(25)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });
    await provider.getList('enterprises', { pagination: page(1), sort, filter: { districtId: 'wujin' } });

    // Act
    await provider.getList('enterprises', { pagination: page(2), sort, filter: { districtId: 'jintan' } });
    await provider.getList('riskPoints', { pagination: page(2), sort, filter: { districtId: 'wujin' } });
    await provider.getList('enterprises', {
      pagination: page(2),
      sort: { ...sort, order: 'DESC' },
      filter: {},
    });
    await provider.getList('enterprises', { pagination: page(2, 5), sort, filter: { districtId: 'wujin' } });

    // Assess: each new query starts again from its first page instead of borrowing another's cursor
    const cursors = api.calls.slice(1).map((call) => call.url.searchParams.get('cursor'));
    expect(cursors).toEqual([null, 'after-10', null, 'after-10', null, 'after-10', null, 'after-5']);
  });

  it('treats the same filter in another key order as the same query', async () => {
    // Prepare
    const api = fakeFetch(cursorList(makeEnterprises(25)));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });
    await provider.getList('enterprises', {
      pagination: page(1),
      sort,
      filter: { districtId: 'wujin', q: '粉尘' },
    });

    // Act
    await provider.getList('enterprises', {
      pagination: page(2),
      sort,
      filter: { q: '粉尘', districtId: 'wujin' },
    });

    // Assess
    expect(api.calls).toHaveLength(2);
    expect(api.calls[1]?.url.searchParams.get('cursor')).toBe('after-10');
  });

  it('sends filters, sort and page size as query parameters and leaves empty filters out', async () => {
    // Prepare
    const api = fakeFetch(() => ({ body: { data: [], nextCursor: null } }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    await provider.getList('hazards', {
      pagination: page(1, 50),
      sort: { field: 'deadline', order: 'DESC' },
      filter: { q: '', template: '   ', kinds: [], level: ['red', 'orange'], major: true, townId: undefined },
    });

    // Assess
    const search = api.calls[0]?.url.searchParams;
    expect(Object.fromEntries(search ?? [])).toEqual({
      level: 'red,orange',
      major: 'true',
      limit: '50',
      sort: 'deadline',
      order: 'desc',
    });
  });

  it('lists references by adding the target as a filter', async () => {
    // Prepare
    const api = fakeFetch(() => ({ body: { data: [{ id: 'R1', enterpriseId: 'E1' }], nextCursor: null } }));
    const provider = createDataProvider({ fetch: api.fetch, getToken: () => null });

    // Act
    const result = await provider.getManyReference('riskPoints', {
      target: 'enterpriseId',
      id: 'E1',
      pagination: page(1),
      sort,
      filter: {},
    });

    // Assess
    expect(api.calls[0]?.url.pathname).toBe('/api/riskPoints');
    expect(api.calls[0]?.url.searchParams.get('enterpriseId')).toBe('E1');
    expect(result.data).toEqual([{ id: 'R1', enterpriseId: 'E1' }]);
    expect(result.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false });
  });
});
