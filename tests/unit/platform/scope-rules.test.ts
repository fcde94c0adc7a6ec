import { describe, expect, it } from 'vitest';
import { lockedMessage } from '#functions/identity/domain/login-lockout';
import { canManageUser, manageableRoles, scopeFieldsOf } from '#functions/identity/domain/roles';
import { canManageIn, canReadGrid, canReadTown } from '#functions/org/domain/access';
import { maskPersonalData } from '#functions/platform/audit/entry';
import { type Role, roles } from '#functions/platform/manifest-types';
import type { Principal } from '#functions/platform/principal';
import { inScope, listScope, type ScopeField, scopedFilter } from '#functions/platform/scope';

const make = (role: Role, scope: Partial<Principal> = {}): Principal => ({
  userId: `${role}-1`,
  username: role.toLowerCase(),
  name: role,
  role,
  ...scope,
});
const city = make('cityAdmin');
const wujin = make('districtAdmin', { districtId: 'wujin' });
const officer = make('townOfficer', { districtId: 'wujin', townId: 'hutang' });
const member = make('gridMember', { districtId: 'wujin', townId: 'hutang', gridId: 'g1' });
const enterprise = make('enterpriseUser', { districtId: 'wujin', enterpriseId: 'e1' });

describe('who manages which accounts', () => {
  it('lets the city admin manage every role and a district admin only non-admins of its district', () => {
    // Assess
    expect(manageableRoles(city)).toEqual(roles);
    expect(manageableRoles(wujin)).toEqual(['townOfficer', 'gridMember', 'enterpriseUser']);
    for (const nobody of [officer, member, enterprise]) expect(manageableRoles(nobody)).toEqual([]);
  });

  it('decides per account: role and district both have to fit', () => {
    // Prepare
    const accounts = {
      ownOfficer: { role: 'townOfficer' as const, districtId: 'wujin', townId: 'hutang' },
      otherOfficer: { role: 'townOfficer' as const, districtId: 'liyang', townId: 'licheng' },
      ownAdmin: { role: 'districtAdmin' as const, districtId: 'wujin' },
      cityAdmin: { role: 'cityAdmin' as const },
      ownEnterpriseUser: { role: 'enterpriseUser' as const, districtId: 'wujin', enterpriseId: 'e9' },
    };

    // Act
    const byWujin = Object.fromEntries(
      Object.entries(accounts).map(([name, a]) => [name, canManageUser(wujin, a)]),
    );
    const byCity = Object.values(accounts).map((a) => canManageUser(city, a));
    const byOfficer = Object.values(accounts).map((a) => canManageUser(officer, a));

    // Assess
    expect(byWujin).toEqual({
      ownOfficer: true,
      otherOfficer: false,
      ownAdmin: false,
      cityAdmin: false,
      ownEnterpriseUser: true,
    });
    expect(byCity.every(Boolean)).toBe(true);
    expect(byOfficer.some(Boolean)).toBe(false);
  });

  it('gives every role exactly the scope fields its principal needs', () => {
    // Assess
    expect(scopeFieldsOf).toEqual({
      cityAdmin: [],
      districtAdmin: ['districtId'],
      townOfficer: ['districtId', 'townId'],
      gridMember: ['districtId', 'townId', 'gridId'],
      enterpriseUser: ['districtId', 'enterpriseId'],
      agencyUser: ['agencyId'],
    });
  });
});

describe('who sees and changes towns and grids', () => {
  const hutang = { districtId: 'wujin', townId: 'hutang' };
  const licheng = { districtId: 'liyang', townId: 'licheng' };
  const g1 = { ...hutang, gridId: 'g1' };
  const g2 = { ...hutang, gridId: 'g2' };

  it('shows a town to its district, its officers and the grid members inside it', () => {
    // Assess
    expect([city, wujin, officer, member, enterprise].map((p) => canReadTown(p, hutang))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect([wujin, officer, member].map((p) => canReadTown(p, licheng))).toEqual([false, false, false]);
  });

  it('shows a grid to its district, its town and its own members only', () => {
    // Assess
    expect([city, wujin, officer, member].map((p) => canReadGrid(p, g1))).toEqual([true, true, true, true]);
    expect([officer, member].map((p) => canReadGrid(p, g2))).toEqual([true, false]);
  });

  it('lets only the city admin and the district’s own admin change them', () => {
    // Assess
    expect([city, wujin, officer, member, enterprise].map((p) => canManageIn(p, 'wujin'))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(canManageIn(wujin, 'liyang')).toBe(false);
  });
});

describe('the list rule: what each principal may list', () => {
  it('gives every role its part of the organization, and nothing to a principal missing its scope fields', () => {
    // Prepare: written by hand from DOMAIN.md "Roles and scopes"
    const expected: [Principal, unknown][] = [
      [city, { kind: 'all' }],
      [wujin, { kind: 'district', districtId: 'wujin' }],
      [officer, { kind: 'town', districtId: 'wujin', townId: 'hutang' }],
      [member, { kind: 'grid', districtId: 'wujin', townId: 'hutang', gridId: 'g1' }],
      [enterprise, { kind: 'enterprise', enterpriseId: 'e1' }],
      [make('districtAdmin'), { kind: 'none' }],
      [make('townOfficer', { townId: 'hutang' }), { kind: 'none' }],
      [make('gridMember', { districtId: 'wujin', townId: 'hutang' }), { kind: 'none' }],
      [make('enterpriseUser', { districtId: 'wujin' }), { kind: 'none' }],
    ];

    // Assess
    for (const [principal, scope] of expected) expect(listScope(principal), principal.role).toEqual(scope);
  });

  it('intersects a requested filter with the scope: pinned fields, or null for an empty page', () => {
    // Prepare: principal, filter, fields the listed records carry, and the expected narrowed filter
    const onlyDistrict: ScopeField[] = ['districtId'];
    const everything: ScopeField[] = ['districtId', 'townId', 'gridId', 'enterpriseId'];
    const orgOnly: ScopeField[] = ['districtId', 'townId', 'gridId'];
    const cases: [string, Principal, Record<string, string>, ScopeField[], unknown][] = [
      ['city, no filter', city, {}, onlyDistrict, {}],
      ['city, another district', city, { districtId: 'liyang' }, onlyDistrict, { districtId: 'liyang' }],
      ['district, no filter', wujin, {}, onlyDistrict, { districtId: 'wujin' }],
      ['district, own district', wujin, { districtId: 'wujin' }, onlyDistrict, { districtId: 'wujin' }],
      ['district, another district', wujin, { districtId: 'liyang' }, onlyDistrict, null],
      [
        'district keeps other filters',
        wujin,
        { status: 'SENT' },
        onlyDistrict,
        { status: 'SENT', districtId: 'wujin' },
      ],
      [
        'district, a town of it',
        wujin,
        { townId: 'hutang' },
        everything,
        { townId: 'hutang', districtId: 'wujin' },
      ],
      ['town, records without a town', officer, {}, onlyDistrict, null],
      ['town, no filter', officer, {}, everything, { districtId: 'wujin', townId: 'hutang' }],
      ['town, another town', officer, { townId: 'licheng' }, everything, null],
      ['town, another district', officer, { districtId: 'liyang' }, everything, null],
      ['grid, no filter', member, {}, everything, { districtId: 'wujin', townId: 'hutang', gridId: 'g1' }],
      ['grid, outside the grid', member, { gridId: 'none' }, everything, null],
      ['grid, another grid', member, { gridId: 'g2' }, orgOnly, null],
      ['enterprise, no filter', enterprise, {}, everything, { enterpriseId: 'e1' }],
      [
        'enterprise, a district',
        enterprise,
        { districtId: 'liyang' },
        everything,
        { districtId: 'liyang', enterpriseId: 'e1' },
      ],
      ['enterprise, records without an enterprise', enterprise, {}, orgOnly, null],
      ['no scope', make('districtAdmin'), {}, everything, null],
    ];

    // Assess
    for (const [name, principal, filter, carries, narrowed] of cases)
      expect(scopedFilter(listScope(principal), filter, carries), name).toEqual(narrowed);
  });

  it('keeps the record rule on the same scopes: a record is in scope where the list rule pins its key field', () => {
    // Prepare
    const records = {
      ownGrid: { districtId: 'wujin', townId: 'hutang', gridId: 'g1', enterpriseId: 'e1' },
      otherGrid: { districtId: 'wujin', townId: 'hutang', gridId: 'g2', enterpriseId: 'e2' },
      otherTown: { districtId: 'wujin', townId: 'niutang', gridId: 'g3', enterpriseId: 'e3' },
      otherDistrict: { districtId: 'liyang', townId: 'licheng', gridId: 'g4', enterpriseId: 'e4' },
      districtOnly: { districtId: 'wujin' },
    };
    const expected = {
      city: [true, true, true, true, true],
      wujin: [true, true, true, false, true],
      officer: [true, true, false, false, false],
      member: [true, false, false, false, false],
      enterprise: [true, false, false, false, false],
      unscoped: [false, false, false, false, false],
    };
    const principals = { city, wujin, officer, member, enterprise, unscoped: make('townOfficer') };

    // Act
    const actual = Object.fromEntries(
      Object.entries(principals).map(([name, p]) => [name, Object.values(records).map((r) => inScope(p, r))]),
    );

    // Assess
    expect(actual).toEqual(expected);
  });
});

describe('personal data in audit entries', () => {
  it('masks phone numbers under any key and at any depth, and leaves other values alone', () => {
    // Act
    const masked = maskPersonalData({
      phone: '13900001111',
      principal: { name: '张三', phone: '13812345678' },
      contacts: [{ mobile: '13700000000' }, '13600001234'],
      creditCode: '91320412MA1XXXXXX0',
      employees: 12,
    });

    // Assess
    expect(masked).toEqual({
      phone: '139****1111',
      principal: { name: '张三', phone: '138****5678' },
      contacts: [{ mobile: '137****0000' }, '136****1234'],
      creditCode: '91320412MA1XXXXXX0',
      employees: 12,
    });
  });
});

describe('the lockout message', () => {
  it('says in Beijing time when to retry, rounded up to a whole minute', () => {
    // Act
    const message = lockedMessage(new Date('2026-11-30T02:14:30Z'), new Date('2026-11-30T02:00:00Z'));

    // Assess
    expect(message).toContain('10:15');
    expect(message).toContain('约 15 分钟');
  });
});
