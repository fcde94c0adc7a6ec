import { freshCreditCode } from '#tests/fixtures/enterprises';
import type { KnownRow, Targets } from './world';
import { uniqueName } from './world';

/** A valid agency body registered in `districtId` (a fresh credit code each time, so no row is a duplicate). */
export const validAgencyBody = (districtId: string) => ({
  name: uniqueName('矩阵安全评价有限公司'),
  creditCode: freshCreditCode(),
  type: 'assessment',
  districtId,
  workDistrictIds: [districtId],
  certificateNo: uniqueName('APJ-'),
  certificateExpiry: '2031-12-31',
  contactName: '王工',
  contactPhone: '13912345678',
  status: 'registered',
});

/** A rule body (考评细则) with fixed points. */
export const validRuleBody = () => ({
  description: '报告结论与现场不符',
  category: '技术服务质量',
  points: 5,
});

let ruleSerial = 0;
/** A rule code no other row has used (Q-100, Q-101, …). */
export const freshRuleCode = () => {
  ruleSerial += 1;
  return `Q-${100 + ruleSerial}`;
};

/**
 * The world's agencies as list rows (for `world.rows.agency`): own and sameDistrict registered in 武进区,
 * otherDistrict in 溧阳市; the agency user's is `own`. The rules' rows: none the world makes (`agencyRule: []`).
 */
export function agencyRows(agencies: Targets): KnownRow[] {
  return [
    { id: agencies.own, place: { districtId: 'wujin', agencyId: agencies.own } },
    { id: agencies.sameDistrict, place: { districtId: 'wujin', agencyId: agencies.sameDistrict } },
    { id: agencies.otherDistrict, place: { districtId: 'liyang', agencyId: agencies.otherDistrict } },
  ];
}
