import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agency } from '#functions/agencies/index';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';
import { principalAs } from '#tests/fixtures/principals';

/**
 * What other capabilities read of agencies (deductions, notices, statistics): one agency, a batch by id, all of
 * them, and how far a principal reaches one. On dynalite against hand-written agencies written as the seed does.
 */
let stack: LocalStack;
const AT = '2026-01-05T00:00:00.000Z';

const agency = (agencyId: string, districtId: string, workDistrictIds: string[]): Agency => ({
  agencyId,
  name: `${agencyId}安全评价有限公司`,
  creditCode: `91320400MA${agencyId.padStart(7, '0')}X`,
  type: 'assessment',
  districtId,
  workDistrictIds,
  certificateNo: `APJ-(苏)-${agencyId}`,
  certificateExpiry: '2031-06-30',
  contactName: '王工',
  contactPhone: '13912345678',
  status: 'registered',
  createdAt: AT,
  updatedAt: AT,
});
const A1 = agency('A1', 'wujin', ['wujin']);
const A2 = agency('A2', 'liyang', ['liyang', 'wujin']);
const A3 = agency('A3', 'xinbei', ['xinbei']);

beforeAll(async () => {
  stack = await startTestStack();
  const { putAgencyForSeed } = await import('#functions/agencies/index');
  for (const one of [A1, A2, A3]) await putAgencyForSeed({ ...one, version: 3 });
});
afterAll(async () => {
  await stack?.stop();
});

const contract = () => import('#functions/agencies/index');
const as = principalAs;

describe('reading agencies', () => {
  it('gives one agency without its version, and null or false for an unknown id', async () => {
    const { getAgency, agencyExists } = await contract();
    expect(await getAgency('A2')).toEqual(A2);
    expect(await getAgency('A-none')).toBeNull();
    expect(await agencyExists('A1')).toBe(true);
    expect(await agencyExists('A-none')).toBe(false);
  });

  it('gives a batch by id, each once, skipping unknown ids; nothing asked, nothing read', async () => {
    const { agenciesByIds } = await contract();
    const found = await agenciesByIds(['A1', 'A3', 'A1', 'A-none']);
    expect([...found.keys()].sort()).toEqual(['A1', 'A3']);
    expect(found.get('A3')).toEqual(A3);
    expect((await agenciesByIds([])).size).toBe(0);
  });

  it('gives every agency, none with a version', async () => {
    const { allAgencies } = await contract();
    const all = await allAgencies();
    expect(all.map((one) => one.agencyId).sort()).toEqual(['A1', 'A2', 'A3']);
    for (const one of all) expect(one).not.toHaveProperty('version');
  });

  it('claims the seed’s credit codes for their agencies, so another agency cannot take one', async () => {
    const { claimAgencyCode } = await import('#functions/agencies/store/claims');
    // Long after the seed wrote it: the claim is old, but its holder still carries the code.
    const later = new Date('2026-12-01T00:00:00.000Z');
    expect(await claimAgencyCode(A1.creditCode, 'A-new', later)).toEqual({ holder: 'A1' });
    expect(await claimAgencyCode(A1.creditCode, 'A1', later)).toBeNull();
  });
});

describe('how far a principal reaches an agency', () => {
  it('manages every agency as city admin, and those registered or working in the district as district admin', async () => {
    const { agencyReach } = await contract();
    const wujin = as('districtAdmin', { districtId: 'wujin' });
    expect([A1, A2, A3].map((one) => agencyReach(as('cityAdmin'), one))).toEqual([
      'manage',
      'manage',
      'manage',
    ]);
    expect([A1, A2, A3].map((one) => agencyReach(wujin, one))).toEqual(['manage', 'manage', 'none']);
    expect(agencyReach(as('districtAdmin'), A1)).toBe('none');
  });

  it('reads its own agency as agency user, and reaches nothing as any other role', async () => {
    const { agencyReach } = await contract();
    const agencyUser = as('agencyUser', { agencyId: 'A2' });
    expect([A1, A2].map((one) => agencyReach(agencyUser, one))).toEqual(['none', 'read']);
    for (const role of ['townOfficer', 'gridMember', 'enterpriseUser'] as const)
      expect(agencyReach(as(role, { districtId: 'wujin', agencyId: 'A1' }), A1)).toBe('none');
  });
});
