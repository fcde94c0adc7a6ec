import { describe, expect, it } from 'vitest';
import { createDataProvider } from '../../../admin/src/dataProvider';
import { cursorList, fakeFetch, makeEnterprises, page, sort } from './data-provider-support';

/** sessionStorage as the console uses it, and whose session it is. */
function makeSession(owner = 'token-of-wujin-admin') {
  const storage = new Map<string, string>();
  return {
    owner: { current: owner },
    store: {
      storage: {
        getItem: (key: string) => storage.get(key) ?? null,
        setItem: (k: string, v: string) => void storage.set(k, v),
      },
    },
  };
}
const providerIn = (session: ReturnType<typeof makeSession>, api: ReturnType<typeof fakeFetch>) =>
  createDataProvider({
    fetch: api.fetch,
    getToken: () => null,
    cursorStore: { ...session.store, owner: () => session.owner.current },
  });

describe('list positions across a reload', () => {
  it('reads page 3 again with one request after a reload, from the cursor kept in the tab', async () => {
    // Prepare: pages 1 to 3 read, then the tab reloads (a new data provider over the same sessionStorage)
    const session = makeSession();
    const before = fakeFetch(cursorList(makeEnterprises(45)));
    const first = providerIn(session, before);
    for (const n of [1, 2, 3]) await first.getList('enterprises', { pagination: page(n), sort, filter: {} });
    const after = fakeFetch(cursorList(makeEnterprises(45)));

    // Act
    const result = await providerIn(session, after).getList('enterprises', {
      pagination: page(3),
      sort,
      filter: {},
    });

    // Assess
    expect(after.calls.map((call) => call.url.searchParams.get('cursor'))).toEqual(['after-20']);
    expect(result.data.map((record) => record.id)).toEqual(
      makeEnterprises(30)
        .slice(20)
        .map((r) => r.id),
    );
  });

  it('never hands one session’s cursors to the next user of the tab', async () => {
    // Prepare
    const session = makeSession();
    const api = fakeFetch(cursorList(makeEnterprises(45)));
    const provider = providerIn(session, api);
    for (const n of [1, 2]) await provider.getList('enterprises', { pagination: page(n), sort, filter: {} });
    session.owner.current = 'token-of-liyang-admin';
    api.calls.length = 0;

    // Act
    await provider.getList('enterprises', { pagination: page(2), sort, filter: {} });

    // Assess: page 2 is read from the start again, for this user
    expect(api.calls.map((call) => call.url.searchParams.get('cursor'))).toEqual([null, 'after-10']);
  });
});
