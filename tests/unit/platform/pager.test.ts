import { describe, expect, it } from 'vitest';
import { user } from '#functions/identity/store/entities/user';
import { grid } from '#functions/org/store/entities/grid';
import { town } from '#functions/org/store/entities/town';
import { InvalidCursorError, type Partition, readPages } from '#functions/platform/pager';
import { mainTable } from '#functions/platform/tables';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** A partition whose key shape is the real ElectroDB query's, and whose reads are only counted. */
function counted(query: { params(): object }) {
  const calls: unknown[] = [];
  const partition: Partition<{ id: string }> = {
    table: mainTable,
    query: {
      params: () => query.params(),
      go: async (options) => {
        calls.push(options);
        return { data: [], cursor: null };
      },
    },
  };
  return { partition, calls };
}

describe('the pager checks a cursor before any request', () => {
  // Start keys written by hand from the entities' key templates.
  const wujinTownKey = {
    pk: '$changan#townid_t1',
    sk: '$town_1',
    gsi1pk: 'towns',
    gsi1sk: '$town_1#districtid_wujin#townid_t1',
  };
  const liyangTownKey = { ...wujinTownKey, gsi1sk: '$town_1#districtid_liyang#townid_t9' };
  const wujinUserKey = {
    pk: '$changan#userid_u1',
    sk: '$user_1',
    gsi2pk: '$changan#districtid_wujin',
    gsi2sk: '$user_1#role_townofficer#userid_u1',
  };

  it('reads from a start key of this very partition', async () => {
    // Prepare
    const { partition, calls } = counted(town.query.byCity({ districtId: 'wujin' }));

    // Act
    await readPages([partition], { limit: 2, cursor: encode({ p: 0, k: wujinTownKey }) }, (item) => item);

    // Assess
    expect(calls).toEqual([expect.objectContaining({ cursor: encode(wujinTownKey), limit: 2, pages: 1 })]);
  });

  it.each([
    [
      'another district in the same partition (sort-key prefix)',
      town.query.byCity({ districtId: 'wujin' }),
      { p: 0, k: liyangTownKey },
    ],
    ['another partition', user.query.byDistrict({ districtId: 'liyang' }), { p: 0, k: wujinUserKey }],
    ['another index’s key names', user.query.byCity({}), { p: 0, k: wujinUserKey }],
    ['a key of another entity', grid.query.byCity({ districtId: 'wujin' }), { p: 0, k: wujinTownKey }],
    [
      'an extra key name',
      town.query.byCity({ districtId: 'wujin' }),
      { p: 0, k: { ...wujinTownKey, x: 'y' } },
    ],
    [
      'a missing key name',
      town.query.byCity({ districtId: 'wujin' }),
      { p: 0, k: { ...wujinTownKey, sk: undefined } },
    ],
    [
      'a non-string value',
      town.query.byCity({ districtId: 'wujin' }),
      { p: 0, k: { ...wujinTownKey, sk: 1 } },
    ],
    ['a partition the list does not read', town.query.byCity({ districtId: 'wujin' }), { p: 1, k: null }],
    ['a negative partition', town.query.byCity({ districtId: 'wujin' }), { p: -1, k: null }],
    ['an unknown field', town.query.byCity({ districtId: 'wujin' }), { p: 0, k: null, extra: 1 }],
  ])('refuses %s with INVALID_CURSOR and makes no request', async (_name, query, position) => {
    // Prepare
    const { partition, calls } = counted(query);

    // Act
    const reading = readPages([partition], { limit: 2, cursor: encode(position) }, (item) => item);

    // Assess
    await expect(reading).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(reading).rejects.toMatchObject({
      status: 400,
      code: 'INVALID_CURSOR',
      fields: [{ path: 'query.cursor', code: 'invalid_cursor' }],
    });
    expect(calls).toEqual([]);
  });

  it.each([
    ['not base64 JSON', 'bm90LWpzb24'],
    ['not base64', '%%%'],
  ])('refuses a cursor that is %s', async (_name, cursor) => {
    // Prepare
    const { partition, calls } = counted(town.query.byCity({}));

    // Act
    const reading = readPages([partition], { limit: 2, cursor }, (item) => item);

    // Assess
    await expect(reading).rejects.toBeInstanceOf(InvalidCursorError);
    expect(calls).toEqual([]);
  });
});
