import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '#functions/platform/errors';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';
import { principalAs } from '#tests/fixtures/principals';

/**
 * The org lookups other capabilities use (placement checks, directories for spreadsheets, names for a page of
 * records, a town's or grid's place), on dynalite against a hand-written city: 武进 with towns T1 (grids G1,
 * G2) and T2, 溧阳 with town L1 (grid LG1).
 */
let stack: LocalStack;
const AT = '2026-12-01T00:00:00.000Z';

beforeAll(async () => {
  stack = await startTestStack();
  const { town } = await import('#functions/org/store/entities/town');
  const { grid } = await import('#functions/org/store/entities/grid');
  const towns = [
    ['T1', 'wujin', '湖塘镇'],
    ['T2', 'wujin', '牛塘镇'],
    ['L1', 'liyang', '溧城街道'],
  ] as const;
  for (const [townId, districtId, name] of towns)
    await town.create({ townId, districtId, name, createdAt: AT, updatedAt: AT }).go();
  const grids = [
    ['G1', 'wujin', 'T1', '第一网格'],
    ['G2', 'wujin', 'T1', '第二网格'],
    ['LG1', 'liyang', 'L1', '第一网格'],
  ] as const;
  for (const [gridId, districtId, townId, name] of grids)
    await grid.create({ gridId, districtId, townId, name, createdAt: AT, updatedAt: AT }).go();
});
afterAll(async () => {
  await stack?.stop();
});

const lookups = () => import('#functions/org/store/lookups');

describe('checking a placement', () => {
  const refusal = async (placement: { districtId: string; townId: string; gridId: string | null }) => {
    const failure = await (await lookups()).assertPlacement(placement).catch((error: unknown) => error);
    return failure instanceof ValidationError ? failure.fields?.map((field) => field.code) : failure;
  };

  it('accepts a town of the district and a grid of the town, or no grid', async () => {
    expect(await refusal({ districtId: 'wujin', townId: 'T1', gridId: 'G2' })).toBeUndefined();
    expect(await refusal({ districtId: 'wujin', townId: 'T2', gridId: null })).toBeUndefined();
  });

  it('names the town, the grid or both when they do not fit', async () => {
    expect(await refusal({ districtId: 'wujin', townId: 'L1', gridId: null })).toEqual(['unknown_town']);
    expect(await refusal({ districtId: 'wujin', townId: 'T-none', gridId: null })).toEqual(['unknown_town']);
    expect(await refusal({ districtId: 'wujin', townId: 'T2', gridId: 'G1' })).toEqual(['unknown_grid']);
    expect(await refusal({ districtId: 'wujin', townId: 'T1', gridId: 'G-none' })).toEqual(['unknown_grid']);
    expect(await refusal({ districtId: 'liyang', townId: 'T1', gridId: 'G1' })).toEqual(['unknown_town']);
    expect(await refusal({ districtId: 'wujin', townId: 'L1', gridId: 'G1' })).toEqual([
      'unknown_town',
      'unknown_grid',
    ]);
    const failure = await (await lookups())
      .assertPlacement({ districtId: 'wujin', townId: 'L1', gridId: 'LG9' })
      .catch((error: ValidationError) => error);
    expect((failure as ValidationError).fields).toEqual([
      { path: 'body.townId', message: '镇（街道）不存在或不属于所选辖市（区）', code: 'unknown_town' },
      { path: 'body.gridId', message: '网格不存在或不属于所选镇（街道）', code: 'unknown_grid' },
    ]);
  });
});

describe('directories and names', () => {
  it("gives a district's towns and grids by id and by name, or the whole city's", async () => {
    const { loadOrgDirectory } = await lookups();
    const wujin = await loadOrgDirectory('wujin');
    expect(wujin.townByName('wujin', '牛塘镇')?.id).toBe('T2');
    expect(wujin.gridByName('T1', '第二网格')?.id).toBe('G2');
    expect(wujin.town('L1')).toBeUndefined();
    expect(wujin.grid('LG1')).toBeUndefined();
    const city = await loadOrgDirectory();
    expect(city.town('L1')).toEqual({ id: 'L1', districtId: 'liyang', name: '溧城街道' });
    expect(city.grid('LG1')).toEqual({ id: 'LG1', townId: 'L1', name: '第一网格' });
  });

  it('reads the names a page needs, ignoring repeats, empty ids and ids that no longer exist', async () => {
    const { loadOrgRefs } = await lookups();
    const refs = await loadOrgRefs({
      townIds: ['T1', 'T1', '', 'L1', 'T-gone'],
      gridIds: ['G1', null, undefined, '', 'LG1', 'G1', 'G-gone'],
    });
    expect(refs.town('T1')).toEqual({ id: 'T1', districtId: 'wujin', name: '湖塘镇' });
    expect(refs.town('L1')?.name).toBe('溧城街道');
    expect(refs.town('T2')).toBeUndefined();
    expect(refs.town('T-gone')).toBeUndefined();
    expect(refs.grid('G1')).toEqual({ id: 'G1', townId: 'T1', name: '第一网格' });
    expect(refs.grid('LG1')?.townId).toBe('L1');
    expect(refs.grid('G2')).toBeUndefined();
    const none = await loadOrgRefs({ townIds: [], gridIds: [] });
    expect(none.town('T1')).toBeUndefined();
  });
});

describe('town and grid lists by role', () => {
  const as = principalAs;
  const ids = (page: { data: { id: string }[] }) => page.data.map((row) => row.id);
  const page = { limit: 50 };

  beforeAll(async () => {
    // W1 and W12 share a prefix, as WG1 and WG12 do: one's own record must not take the other.
    const { town } = await import('#functions/org/store/entities/town');
    const { grid } = await import('#functions/org/store/entities/grid');
    for (const townId of ['W1', 'W12'])
      await town
        .create({ townId, districtId: 'wujin', name: `${townId}镇`, createdAt: AT, updatedAt: AT })
        .go();
    const grids = [
      ['WG1', 'W1'],
      ['WG12', 'W1'],
      ['WG2', 'W12'],
    ] as const;
    for (const [gridId, townId] of grids)
      await grid
        .create({ gridId, districtId: 'wujin', townId, name: `${gridId}网格`, createdAt: AT, updatedAt: AT })
        .go();
  });

  it('gives a town officer and a grid member their own town, and a grid member its own grid', async () => {
    const { listTowns, listGrids } = await import('#functions/org/store/lists');
    const officer = as('townOfficer', { districtId: 'wujin', townId: 'W1' });
    const member = as('gridMember', { districtId: 'wujin', townId: 'W1', gridId: 'WG1' });
    expect(ids(await listTowns(officer, {}, page))).toEqual(['W1']);
    expect(ids(await listTowns(member, {}, page))).toEqual(['W1']);
    expect(ids(await listTowns(officer, { districtId: 'liyang' }, page))).toEqual([]);
    expect(ids(await listGrids(member, {}, page))).toEqual(['WG1']);
    expect(ids(await listGrids(officer, {}, page))).toEqual(['WG1', 'WG12']);
    expect(ids(await listGrids(officer, { townId: 'W12' }, page))).toEqual([]);
  });

  it('gives nothing for an account whose town or grid lies elsewhere', async () => {
    const { listTowns, listGrids } = await import('#functions/org/store/lists');
    const strayOfficer = as('townOfficer', { districtId: 'wujin', townId: 'L1' });
    const strayMember = as('gridMember', { districtId: 'wujin', townId: 'W1', gridId: 'WG2' });
    expect(ids(await listTowns(strayOfficer, {}, page))).toEqual([]);
    expect(ids(await listGrids(strayMember, {}, page))).toEqual([]);
    await expect(listTowns(strayOfficer, {}, { limit: 50, cursor: 'x' })).rejects.toThrow();
  });

  it('gives an admin the grids of a town in its district, nothing for a foreign or unknown town', async () => {
    const { listTowns, listGrids } = await import('#functions/org/store/lists');
    const wujinAdmin = as('districtAdmin', { districtId: 'wujin' });
    const cityAdmin = as('cityAdmin');
    expect(ids(await listGrids(wujinAdmin, { townId: 'W12' }, page))).toEqual(['WG2']);
    expect(ids(await listGrids(wujinAdmin, { townId: 'L1' }, page))).toEqual([]);
    expect(ids(await listGrids(cityAdmin, { townId: 'W-none' }, page))).toEqual([]);
    expect(ids(await listGrids(cityAdmin, { townId: 'W1' }, page))).toEqual(['WG1', 'WG12']);
    expect(ids(await listGrids(cityAdmin, { townId: 'L1' }, page))).toEqual(['LG1']);
    expect(ids(await listTowns(cityAdmin, { districtId: 'liyang' }, page))).toEqual(['L1']);
    expect(ids(await listTowns(wujinAdmin, { districtId: 'liyang' }, page))).toEqual([]);
    expect(ids(await listTowns(wujinAdmin, {}, page))).toEqual(['T1', 'T2', 'W1', 'W12']);
  });
});

describe('the place of a town or a grid', () => {
  it('gives the district of a town and the town and district of a grid, nothing for an unknown id', async () => {
    const { townPlace, gridPlace } = await import('#functions/org/store/places');
    expect(await townPlace('T2')).toEqual({ districtId: 'wujin', townId: 'T2' });
    expect(await gridPlace('LG1')).toEqual({ districtId: 'liyang', townId: 'L1', gridId: 'LG1' });
    expect(await townPlace('G1')).toBeUndefined();
    expect(await gridPlace('T1')).toBeUndefined();
  });

  it('keeps a found place (towns never move) and asks again for one not found before', async () => {
    const { townPlace } = await import('#functions/org/store/places');
    const { town } = await import('#functions/org/store/entities/town');
    expect(await townPlace('T1')).toEqual({ districtId: 'wujin', townId: 'T1' });
    expect(await townPlace('T-later')).toBeUndefined();
    await town
      .create({ townId: 'T-later', districtId: 'wujin', name: '新设镇', createdAt: AT, updatedAt: AT })
      .go();
    // Rewritten under the kept entry: a kept place is not read again.
    await town.put({ townId: 'T1', districtId: 'liyang', name: '湖塘镇', createdAt: AT, updatedAt: AT }).go();
    expect(await townPlace('T1')).toEqual({ districtId: 'wujin', townId: 'T1' });
    expect(await townPlace('T-later')).toEqual({ districtId: 'wujin', townId: 'T-later' });
  });
});
