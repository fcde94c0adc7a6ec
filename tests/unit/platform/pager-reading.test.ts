import { describe, expect, it } from 'vitest';
import {
  filteredReadSize,
  type Partition,
  readPage,
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

// The pager against hand-written partitions of the towns index (tests/fixtures/town-partitions.ts).

describe('a page of one partition', () => {
  it('asks for one DynamoDB response of the page size with the index keys, newest first unless told', async () => {
    // Prepare
    const log: Call[] = [];
    const wujin = district('wujin', towns('wujin', 3), log);

    // Act
    await readPage(wujin, { limit: 2 }, (row) => row);
    await readPage(wujin, { limit: 2, order: 'asc' }, (row) => row);

    // Assess
    expect(log).toEqual([
      { district: 'wujin', cursor: null, limit: 2, pages: 1, order: 'desc', data: 'includeKeys' },
      { district: 'wujin', cursor: null, limit: 2, pages: 1, order: 'asc', data: 'includeKeys' },
    ]);
  });

  it('hands out the view of each item and a cursor that goes on after the last one, none at the end', async () => {
    // Prepare
    const log: Call[] = [];
    const rows = towns('wujin', 5);
    const wujin = district('wujin', rows, log);
    const view = (row: Town) => row.name.toUpperCase();

    // Act
    const first = await readPages([wujin], { limit: 2 }, view);
    const second = await readPages([wujin], { limit: 2, cursor: first.nextCursor ?? '' }, view);
    const third = await readPages([wujin], { limit: 2, cursor: second.nextCursor ?? '' }, view);

    // Assess
    expect(first.data).toEqual(['WUJIN-5', 'WUJIN-4']);
    expect(decode(first.nextCursor)).toEqual({ p: 0, k: keysOf(town('wujin', 4)) });
    expect(decode(log[1]?.cursor ?? null)).toEqual(keysOf(town('wujin', 4)));
    expect(second.data).toEqual(['WUJIN-3', 'WUJIN-2']);
    expect(third).toEqual({ data: ['WUJIN-1'], nextCursor: null });
  });
});

describe('a page over several partitions', () => {
  it('reads on into the next partitions for what the page still misses', async () => {
    // Prepare
    const log: Call[] = [];
    const partitions = [
      district('wujin', towns('wujin', 1), log),
      district('liyang', [], log),
      district('jintan', towns('jintan', 3), log),
    ];

    // Act
    const page = await readPagesCounted(partitions, { limit: 3 });

    // Assess
    expect(names(page)).toEqual(['wujin-1', 'jintan-3', 'jintan-2']);
    expect(log.map((call) => [call.district, call.limit, call.cursor])).toEqual([
      ['wujin', 3, null],
      ['liyang', 2, null],
      ['jintan', 2, null],
    ]);
    expect(page.reads).toBe(3);
    expect(decode(page.nextCursor)).toEqual({ p: 2, k: keysOf(town('jintan', 2)) });
  });

  it('goes on in the partition the cursor names and ends without a cursor after the last one', async () => {
    // Prepare
    const log: Call[] = [];
    const partitions = [
      district('wujin', towns('wujin', 2), log),
      district('jintan', towns('jintan', 3), log),
    ];
    const cursor = encode({ p: 1, k: keysOf(town('jintan', 3)) });

    // Act
    const page = await readPages(partitions, { limit: 5, cursor }, (row) => row.name);

    // Assess
    expect(page).toEqual({ data: ['jintan-2', 'jintan-1'], nextCursor: null });
    expect(log.map((call) => call.district)).toEqual(['jintan']);
  });

  it('starts the next partition from its beginning when a page ends exactly with a partition', async () => {
    // Prepare
    const log: Call[] = [];
    const partitions = [
      district('wujin', towns('wujin', 2), log),
      district('jintan', towns('jintan', 1), log),
    ];

    // Act
    const first = await readPages(partitions, { limit: 2 }, (row) => row.name);
    const second = await readPages(
      partitions,
      { limit: 2, cursor: first.nextCursor ?? '' },
      (row) => row.name,
    );

    // Assess
    expect(first.data).toEqual(['wujin-2', 'wujin-1']);
    expect(decode(first.nextCursor)).toEqual({ p: 1, k: null });
    expect(second).toEqual({ data: ['jintan-1'], nextCursor: null });
    expect(log.map((call) => [call.district, call.cursor])).toEqual([
      ['wujin', null],
      ['jintan', null],
    ]);
  });
});

describe('a filtered page', () => {
  it('evaluates twice the page at first and goes on after the last item it hands out', async () => {
    // Prepare
    const log: Call[] = [];
    const wujin = district('wujin', towns('wujin', 10), log);

    // Act
    const page = await readPagesCounted([wujin], { limit: 2, filtered: true });

    // Assess
    expect(log.map((call) => call.limit)).toEqual([4]);
    expect(names(page)).toEqual(['wujin-10', 'wujin-9']);
    // DynamoDB answered 4: the page goes on after the 2nd, with exactly the item's table and index keys.
    expect(decode(page.nextCursor)).toEqual({ p: 0, k: keysOf(town('wujin', 9)) });
  });

  it('sizes each further request by the share of items the filter has kept so far', async () => {
    // Prepare: one town in ten passes the filter.
    const log: Call[] = [];
    const wujin = district('wujin', towns('wujin', 100), log, (row) => row.name.endsWith('0'));

    // Act
    const page = await readPagesCounted([wujin], { limit: 2, filtered: true });

    // Assess: 4 evaluated keep 100; 1 missing × 1.25 × 4 / 1 kept = 5 keep none; 1 × 1.25 × 9 / 1 → 12.
    expect(log.map((call) => call.limit)).toEqual([4, 5, 12]);
    expect(names(page)).toEqual(['wujin-100', 'wujin-90']);
    expect(decode(page.nextCursor)).toEqual({ p: 0, k: keysOf(town('wujin', 90)) });
  });

  it('answers with a short page and a cursor after ten requests, or after maxReads', async () => {
    // Prepare: a filter that keeps nothing of a long partition.
    const stopAt = town('wujin', 7);
    const fruitless = (log: Call[]): Partition<Town> => ({
      table: mainTable,
      query: {
        params: () => byDistrict('wujin'),
        go: async (options) => {
          log.push({ district: 'wujin', ...options });
          return { data: [], cursor: encode(keysOf(stopAt)) };
        },
      },
    });
    const tenLog: Call[] = [];
    const threeLog: Call[] = [];

    // Act
    const ten = await readPagesCounted([fruitless(tenLog)], { limit: 5, filtered: true });
    const three = await readPagesCounted([fruitless(threeLog)], { limit: 5, filtered: true, maxReads: 3 });

    // Assess
    expect([tenLog.length, ten.reads, threeLog.length, three.reads]).toEqual([10, 10, 3, 3]);
    expect(ten.data).toEqual([]);
    expect(decode(ten.nextCursor)).toEqual({ p: 0, k: keysOf(stopAt) });
    expect(decode(three.nextCursor)).toEqual({ p: 0, k: keysOf(stopAt) });
  });
});

describe('the size of a filtered request', () => {
  it('is twice the page at first, at most 500 items, and never less than the page', () => {
    // Assess
    expect(filteredReadSize(10, 0, 0)).toBe(20);
    expect(filteredReadSize(300, 0, 0)).toBe(500);
    expect(filteredReadSize(600, 0, 0)).toBe(600);
  });

  it('then follows the pass rate so far with a quarter more, counting no kept item as one', () => {
    // Assess: want × 1.25 × evaluated / kept, rounded up.
    expect(filteredReadSize(10, 20, 10)).toBe(25);
    expect(filteredReadSize(3, 7, 2)).toBe(14); // 13.125
    expect(filteredReadSize(10, 20, 0)).toBe(250);
    expect(filteredReadSize(10, 20, 1)).toBe(250);
    expect(filteredReadSize(10, 1000, 1)).toBe(500);
    expect(filteredReadSize(10, 20, 40)).toBe(10); // 6.25: still the page
  });
});
