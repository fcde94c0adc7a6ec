import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import {
  agencyUser,
  city,
  deduct,
  deduction,
  type Failure,
  type Headers,
  liyangAdmin,
  makeAgency,
  send,
  startDeductionStack,
  stopDeductionStack,
  wujinAdmin,
} from '#tests/integration/agency-deductions/support';

/**
 * The deduction and appeal lists over their partitions (the city walks the city's issuer, then the districts in
 * registry order 溧阳市, 金坛区, 武进区, …; appeals also by status pending, upheld, revoked), newest first within
 * each, a page of one at a time giving the same sequence, and a cursor that names no partition refused.
 */
const at = (minute: number) => `2030-05-21T09:${String(minute).padStart(2, '0')}:00+08:00`;

let wujinFirm: Headers;
let liyangFirm: Headers;
let wujinAgency: { id: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  pinClock(at(0));
  await startDeductionStack();
  wujinAgency = await makeAgency('wujin');
  const liyangAgency = await makeAgency('liyang');
  wujinFirm = await agencyUser(wujinAgency.id);
  liyangFirm = await agencyUser(liyangAgency.id);
  const made: [string, Headers, string, string][] = [
    ['C1', city, wujinAgency.id, '2030-05-14'],
    ['W1', wujinAdmin, wujinAgency.id, '2030-05-15'],
    ['W2', wujinAdmin, wujinAgency.id, '2030-05-16'],
    ['L1', liyangAdmin, liyangAgency.id, '2030-05-17'],
    ['Y1', wujinAdmin, wujinAgency.id, '2029-12-30'],
  ];
  for (const [name, headers, agencyId, date] of made)
    ids[name] = (await deduct(headers, deduction(agencyId, { date }))).id;
  await send('POST', `/api/agency-deductions/${ids.W1}/revoke`, wujinAdmin, { reason: '扣分依据有误' });
  const appeals: [string, Headers, string][] = [
    ['C1a', wujinFirm, 'C1'],
    ['W2a', wujinFirm, 'W2'],
    ['L1a', liyangFirm, 'L1'],
  ];
  for (const [index, [name, headers, of]] of appeals.entries()) {
    pinClock(at(10 + index));
    const answer = await send('POST', `/api/agency-deductions/${ids[of]}/appeal`, headers, {
      statement: '扣分事实有误，申请复核',
    });
    if (answer.status !== 201) throw new Error(`appeal: ${answer.status} ${JSON.stringify(answer.body)}`);
    ids[name] = (answer.body as { id: string }).id;
  }
  pinClock(at(20));
  await send('POST', `/api/agency-appeals/${ids.W2a}/decide`, wujinAdmin, {
    outcome: 'uphold',
    reason: '证据充分',
  });
}, 120_000);

afterAll(async () => {
  pinClock(null);
  await stopDeductionStack();
});

type Page = { data: { id: string }[]; nextCursor: string | null };
const named = (page: Page) => page.data.map((row) => Object.keys(ids).find((name) => ids[name] === row.id));

async function list(path: string, headers: Headers) {
  const answer = await send('GET', path, headers);
  expect(answer.status).toBe(200);
  return answer.body as Page;
}

/** Every row of `path`, one per page, following the cursors to the end. */
async function onePerPage(path: string, headers: Headers) {
  const rows: (string | undefined)[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 20; pages += 1) {
    const page = await list(
      `${path}${path.includes('?') ? '&' : '?'}limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      headers,
    );
    rows.push(...named(page));
    cursor = page.nextCursor;
    if (!cursor) return rows;
  }
  throw new Error('more than 20 pages');
}

describe('deduction lists', () => {
  it('gives the city every issuer’s deductions of the year, the city’s first, newest first, the same one per page', async () => {
    // Act
    const whole = named(await list('/api/agency-deductions', city));
    const paged = await onePerPage('/api/agency-deductions', city);

    // Assess
    expect(whole).toEqual(['C1', 'L1', 'W2', 'W1']);
    expect(paged).toEqual(whole);
  });

  it('gives a district its own deductions, by year and status, and an agency’s from every issuer', async () => {
    // Act
    const own = named(await list('/api/agency-deductions', wujinAdmin));
    const revoked = named(await list('/api/agency-deductions?status=revoked', wujinAdmin));
    const lastYear = named(await list('/api/agency-deductions?year=2029', wujinAdmin));
    const ofAgency = named(await list(`/api/agency-deductions?agencyId=${wujinAgency.id}`, wujinAdmin));
    const liveOfAgency = named(
      await list(`/api/agency-deductions?agencyId=${wujinAgency.id}&status=live`, wujinAdmin),
    );

    // Assess
    expect(own).toEqual(['W2', 'W1']);
    expect(revoked).toEqual(['W1']);
    expect(lastYear).toEqual(['Y1']);
    expect(ofAgency).toEqual(['W2', 'W1', 'C1']);
    expect(liveOfAgency).toEqual(['W2', 'C1']);
  });

  it('refuses a cursor that is not one of ours or names no partition, on the cursor field', async () => {
    // Prepare
    const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

    // Act
    const answers = await Promise.all(
      [
        'garbage',
        cursorOf({ i: 99, c: null }),
        cursorOf({ i: -1, c: null }),
        cursorOf({ i: 0.5, c: null }),
      ].map((cursor) => send('GET', `/api/agency-deductions?cursor=${cursor}`, city)),
    );

    // Assess
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect((answer.body as Failure).error.fields).toEqual([
        { path: 'query.cursor', message: '翻页位置无效，请从第一页重新查看', code: 'invalid_cursor' },
      ]);
    }
  });
});

describe('appeal lists', () => {
  it('gives the city every issuer’s appeals by issuer and status, the same one per page', async () => {
    // Act
    const whole = named(await list('/api/agency-appeals', city));
    const paged = await onePerPage('/api/agency-appeals', city);
    const pending = named(await list('/api/agency-appeals?status=pending', city));

    // Assess
    expect(whole).toEqual(['C1a', 'L1a', 'W2a']);
    expect(paged).toEqual(whole);
    expect(pending).toEqual(['C1a', 'L1a']);
  });

  it('gives a district the appeals of its own deductions only, also when it names an agency', async () => {
    // Act
    const inbox = named(await list('/api/agency-appeals', wujinAdmin));
    const pending = named(await list('/api/agency-appeals?status=pending', wujinAdmin));
    const ofAgency = named(await list(`/api/agency-appeals?agencyId=${wujinAgency.id}`, wujinAdmin));
    const elsewhere = await send('GET', `/api/agency-appeals?agencyId=${wujinAgency.id}`, liyangAdmin);

    // Assess
    expect(inbox).toEqual(['W2a']);
    expect(pending).toEqual([]);
    expect(ofAgency).toEqual(['W2a']);
    expect(elsewhere.status).toBe(404);
  });

  it('gives an agency user its own appeals, newest first, by status, whatever agency it names', async () => {
    // Act
    const own = named(await list('/api/agency-appeals', wujinFirm));
    const upheld = named(await list('/api/agency-appeals?status=upheld', wujinFirm));
    const other = named(await list(`/api/agency-appeals?agencyId=${wujinAgency.id}`, liyangFirm));
    const cityOfAgency = named(
      await list(`/api/agency-appeals?agencyId=${wujinAgency.id}&status=pending`, city),
    );

    // Assess
    expect(own).toEqual(['W2a', 'C1a']);
    expect(upheld).toEqual(['W2a']);
    expect(other).toEqual(['L1a']);
    expect(cityOfAgency).toEqual(['C1a']);
  });
});
