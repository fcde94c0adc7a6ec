import { describe, expect, it } from 'vitest';
import { type Partition, readPages, readPagesCounted } from '#functions/platform/pager';
import { mainTable } from '#functions/platform/tables';
import {
  byDistrict,
  type Call,
  decode,
  district,
  emptied,
  encode,
  keysOf,
  names,
  type Town,
  town,
  towns,
} from '#tests/fixtures/town-partitions';

describe('partitions known to be empty', () => {
  it('are skipped without a request, between and after the others', async () => {
    // Prepare
    const log: Call[] = [];
    const partitions = [
      emptied(district('wujin', towns('wujin', 3), log)),
      district('jintan', towns('jintan', 2), log),
      emptied(district('liyang', towns('liyang', 3), log)),
      emptied(district('xinbei', towns('xinbei', 3), log)),
    ];

    // Act
    const page = await readPagesCounted(partitions, { limit: 5 });

    // Assess
    expect(log.map((call) => call.district)).toEqual(['jintan']);
    expect(names(page)).toEqual(['jintan-2', 'jintan-1']);
    expect(page).toMatchObject({ nextCursor: null, reads: 1 });
  });

  it('make an empty last page without any request when all are empty', async () => {
    // Prepare
    const log: Call[] = [];
    const partitions = ['a', 'b'].map((name) => emptied(district(name, towns(name, 2), log)));

    // Act
    const page = await readPagesCounted(partitions, { limit: 5, prefetch: true });

    // Assess
    expect(page).toEqual({ data: [], nextCursor: null, reads: 0 });
    expect(log).toEqual([]);
  });

  it('get no request sent ahead either', async () => {
    // Prepare
    const log: Call[] = [];
    const partitions = [
      district('wujin', towns('wujin', 1), log),
      district('jintan', [], log),
      emptied(district('liyang', towns('liyang', 3), log)),
      district('xinbei', towns('xinbei', 3), log),
    ];

    // Act
    const page = await readPagesCounted(partitions, { limit: 3, prefetch: true });

    // Assess
    expect(log.map((call) => call.district)).toEqual(['wujin', 'xinbei', 'jintan']);
    expect(names(page)).toEqual(['wujin-1', 'xinbei-3', 'xinbei-2']);
  });
});

describe('a partition read ahead', () => {
  it('is read on from the cursor of its early answer, not answered twice', async () => {
    // Prepare: xinbei's first answer stops short with a cursor (DynamoDB's 1 MB), its second ends it.
    const log: Call[] = [];
    const [x9, x8] = [town('xinbei', 9), town('xinbei', 8)];
    const answers = [
      { data: [x9], cursor: encode(keysOf(x9)) },
      { data: [x8], cursor: null },
    ];
    const xinbei: Partition<Town> = {
      table: mainTable,
      query: {
        params: () => byDistrict('xinbei'),
        go: async (options) => {
          log.push({ district: 'xinbei', ...options });
          return answers.shift() ?? { data: [], cursor: null };
        },
      },
    };
    const partitions = [district('wujin', towns('wujin', 1), log), district('jintan', [], log), xinbei];

    // Act
    const page = await readPagesCounted(partitions, { limit: 4, prefetch: true });

    // Assess
    expect(names(page)).toEqual(['wujin-1', 'xinbei-9', 'xinbei-8']);
    expect(log.map((call) => [call.district, call.limit, decode(call.cursor)])).toEqual([
      ['wujin', 4, null],
      ['xinbei', 3, null],
      ['jintan', 3, null],
      ['xinbei', 2, keysOf(x9)],
    ]);
    expect(page.nextCursor).toBeNull();
  });
});

describe('a list on the table’s own keys', () => {
  // A query on pk/sk, no index: the start key has the table's two key attributes only.
  const onTable = (log: Call[]): Partition<Town> => {
    const base = district('wujin', towns('wujin', 3), log);
    const params = () => ({
      KeyConditionExpression: '(#pk = :pk) and begins_with(#sk1, :sk1)',
      ExpressionAttributeNames: { '#pk': 'pk', '#sk1': 'sk' },
      ExpressionAttributeValues: { ':pk': '$changan#townid_wujin1', ':sk1': '$town' },
    });
    return { ...base, query: { ...base.query, params } };
  };

  it('goes on from a start key of its partition and refuses one of another', async () => {
    // Prepare
    const log: Call[] = [];
    const own = { pk: '$changan#townid_wujin1', sk: '$town_1' };
    const read = (k: object) =>
      readPages([onTable(log)], { limit: 1, cursor: encode({ p: 0, k }) }, (r) => r);

    // Act
    await read(own);
    const foreign = read({ ...own, pk: '$changan#townid_liyang1' });

    // Assess
    await expect(foreign).rejects.toMatchObject({ code: 'INVALID_CURSOR' });
    expect(log.map((call) => decode(call.cursor))).toEqual([own]);
  });
});
