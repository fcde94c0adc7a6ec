import { describe, expect, it } from 'vitest';
import {
  fixedPage,
  InvalidCursorError,
  type Partition,
  readPages,
  readPagesCounted,
} from '#functions/platform/pager';
import { mainTable } from '#functions/platform/tables';
import {
  byDistrict,
  type Call,
  decode,
  district,
  encode,
  keysOf,
  names,
  type Town,
  town,
  towns,
} from '#tests/fixtures/town-partitions';

describe('prefetching the partitions of a page', () => {
  it('sends the first request of every later partition once the first request leaves the page short', async () => {
    // Prepare
    const log: Call[] = [];
    const partitions = [
      district('wujin', towns('wujin', 1), log),
      district('liyang', [], log),
      district('jintan', towns('jintan', 2), log),
      district('xinbei', towns('xinbei', 3), log),
    ];

    // Act
    const page = await readPagesCounted(partitions, { limit: 4, prefetch: true });

    // Assess: liyang's and the later partitions' requests ask for the 3 the page missed after wujin.
    expect(log.map((call) => [call.district, call.limit])).toEqual([
      ['wujin', 4],
      ['jintan', 3],
      ['xinbei', 3],
      ['liyang', 3],
    ]);
    expect(names(page)).toEqual(['wujin-1', 'jintan-2', 'jintan-1', 'xinbei-3']);
    expect(page.reads).toBe(4);
    expect(decode(page.nextCursor)).toEqual({ p: 3, k: keysOf(town('xinbei', 3)) });
  });

  it('sends ahead no more requests than the page may still make', async () => {
    // Prepare
    const log: Call[] = [];
    const partitions = ['a', 'b', 'c', 'd', 'e'].map((name) => district(name, [], log));

    // Act
    const page = await readPagesCounted(partitions, { limit: 4, prefetch: true, maxReads: 3 });

    // Assess: a, then c ahead while b is read, then c's answer: three requests.
    expect(log.map((call) => call.district)).toEqual(['a', 'c', 'b']);
    expect(page.reads).toBe(3);
    expect(decode(page.nextCursor)).toEqual({ p: 3, k: null });
  });

  it('sends nothing ahead without prefetch', async () => {
    // Prepare
    const log: Call[] = [];
    const partitions = ['a', 'b', 'c'].map((name) => district(name, [], log));

    // Act
    await readPagesCounted(partitions, { limit: 4 });

    // Assess
    expect(log.map((call) => call.district)).toEqual(['a', 'b', 'c']);
  });
});

describe('errors while reading', () => {
  const failing = (error: Error): Partition<Town> => ({
    table: mainTable,
    query: {
      params: () => byDistrict('wujin'),
      go: async () => {
        throw error;
      },
    },
  });

  it.each([
    'The provided starting key is invalid: The provided key element does not match the schema',
    'Exclusive Start Key must have same size as table key schema',
    'ExclusiveStartKey is malformed',
  ])('answers INVALID_CURSOR when DynamoDB refuses the start key (%s)', async (message) => {
    // Act & Assess
    await expect(readPages([failing(new Error(message))], { limit: 2 }, (row) => row)).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });

  it('passes any other error on as it is', async () => {
    // Prepare
    const throttled = new Error('Rate of requests exceeds the allowed throughput');

    // Act & Assess
    await expect(readPages([failing(throttled)], { limit: 2 }, (row) => row)).rejects.toBe(throttled);
  });
});

describe('a start key against a sort-key range', () => {
  const ranged = (condition: string, values: Record<string, string>, log: Call[]): Partition<Town> => {
    const base = district('wujin', towns('wujin', 3), log);
    const params = () => ({
      IndexName: 'gsi1',
      KeyConditionExpression: condition,
      ExpressionAttributeNames: { '#pk': 'gsi1pk', '#sk1': 'gsi1sk' },
      ExpressionAttributeValues: { ':pk': 'towns', ...values },
    });
    return { ...base, query: { ...base.query, params } };
  };
  const at = (gsi1sk: string) => encode({ p: 0, k: { ...keysOf(town('wujin', 1)), gsi1sk } });

  it('must lie between the bounds of a BETWEEN condition, bounds included', async () => {
    // Prepare
    const log: Call[] = [];
    const values = { ':sk1': '$town_1#districtid_b', ':sk2': '$town_1#districtid_m' };
    const partition = ranged('(#pk = :pk) and #sk1 BETWEEN :sk1 AND :sk2', values, log);
    const read = (cursor: string) => readPages([partition], { limit: 1, cursor }, (row) => row);

    // Act & Assess
    await expect(read(at('$town_1#districtid_a'))).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(read(at('$town_1#districtid_n'))).rejects.toBeInstanceOf(InvalidCursorError);
    await read(at('$town_1#districtid_b'));
    await read(at('$town_1#districtid_m'));
    await read(at('$town_1#districtid_f'));
    expect(log).toHaveLength(3);
  });

  it('must lie after the value of a > condition', async () => {
    // Prepare
    const log: Call[] = [];
    const partition = ranged('(#pk = :pk) and #sk1 > :sk1', { ':sk1': '$town_1#districtid_m' }, log);
    const read = (cursor: string) => readPages([partition], { limit: 1, cursor }, (row) => row);

    // Act & Assess
    await expect(read(at('$town_1#districtid_m'))).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(read(at('$town_1#districtid_a'))).rejects.toBeInstanceOf(InvalidCursorError);
    await read(at('$town_1#districtid_n'));
    expect(log).toHaveLength(1);
  });

  it('is refused as a programming error when the query names an index the table lacks or no partition', async () => {
    // Prepare
    const cursor = encode({ p: 0, k: keysOf(town('wujin', 1)) });
    const withParams = (params: object): Partition<Town> => ({
      table: mainTable,
      query: { params: () => params, go: async () => ({ data: [], cursor: null }) },
    });

    // Act & Assess
    await expect(
      readPages([withParams({ ...byDistrict('wujin'), IndexName: 'gsi9' })], { limit: 1, cursor }, (r) => r),
    ).rejects.toThrow('index gsi9 is not in table main');
    await expect(
      readPages(
        [withParams({ ...byDistrict('wujin'), ExpressionAttributeNames: { '#pk': 'pk', '#sk1': 'gsi1sk' } })],
        { limit: 1, cursor },
        (r) => r,
      ),
    ).rejects.toThrow('the query does not name one partition of gsi1pk');
  });
});

describe('a start key of the right size', () => {
  it('must carry every key name of the index, not another name in the place of one', async () => {
    // Prepare
    const log: Call[] = [];
    const { gsi1sk: _dropped, ...rest } = keysOf(town('wujin', 1));
    const cursor = encode({ p: 0, k: { ...rest, name: '$town_1#districtid_wujin#townid_001' } });

    // Act
    const reading = readPages([district('wujin', towns('wujin', 2), log)], { limit: 1, cursor }, (r) => r);

    // Assess
    await expect(reading).rejects.toBeInstanceOf(InvalidCursorError);
    expect(log).toEqual([]);
  });

  it('is checked against a query that names its partition value, or the query is a programming error', async () => {
    // Prepare
    const { ExpressionAttributeValues: _values, ...noValue } = byDistrict('wujin');
    const partition: Partition<Town> = {
      table: mainTable,
      query: { params: () => noValue, go: async () => ({ data: [], cursor: null }) },
    };
    const cursor = encode({ p: 0, k: keysOf(town('wujin', 1)) });

    // Act & Assess
    await expect(readPages([partition], { limit: 1, cursor }, (r) => r)).rejects.toThrow(
      'the query does not name one partition of gsi1pk',
    );
  });

  it('is refused in Chinese, telling the user to reload from the first page', async () => {
    // Act
    const error = new InvalidCursorError();

    // Assess
    expect(error.message).toMatch(/^[^a-zA-Z]*第一页[^a-zA-Z]*$/);
    expect(error.fields?.[0]?.message).toMatch(/^[^a-zA-Z]*第一页[^a-zA-Z]*$/);
  });
});

describe('a fixed page', () => {
  it('holds the records it is given, or none, and never a cursor', () => {
    // Assess
    expect(fixedPage({ limit: 10 }, [{ id: 'u1' }])).toEqual({ data: [{ id: 'u1' }], nextCursor: null });
    expect(fixedPage({ limit: 10 })).toEqual({ data: [], nextCursor: null });
    expect(() => fixedPage({ limit: 10, cursor: encode({ p: 0, k: null }) })).toThrow(InvalidCursorError);
  });
});
