import { describe, expect, it } from 'vitest';
import { deductionBody } from '../../../admin/src/agency-deductions/DeductionCreate';
import { appealable, type DeductionRecord, daysLeft } from '../../../admin/src/agency-deductions/fields';
import { unlistedReasons } from '../../../admin/src/dashboard/AgencyOwnWidget';

// 2030-05-21 10:00 in Beijing is 02:00Z; 2030-05-21 23:30 in Beijing is already the 21st's evening (15:30Z).
const MORNING = new Date('2030-05-21T02:00:00Z');
const LATE_UTC_EVENING = new Date('2030-05-20T17:00:00Z'); // 2030-05-21 01:00 in Beijing

const deduction = (change: Partial<DeductionRecord>): DeductionRecord => ({
  id: 'd1',
  agencyId: 'a1',
  agencyName: '机构',
  issuingDistrictId: 'wujin',
  rule: { code: 'A-01', version: 1, description: '细则', points: 5 },
  points: 5,
  reason: '理由',
  date: '2030-05-11',
  status: 'live',
  appealUntil: '2030-05-21',
  ...change,
});

describe('the agency console: appeal window and listing reasons', () => {
  it.each([
    ['2030-05-31', MORNING, 10],
    ['2030-05-21', MORNING, 0],
    ['2030-05-20', MORNING, -1],
    ['2030-05-21', LATE_UTC_EVENING, 0],
  ] as const)('counts days to %s inclusive in Beijing time', (until, now, days) => {
    // Assess
    expect(daysLeft(until, now)).toBe(days);
  });

  it('lets the agency appeal a live, unappealed deduction up to its last day only', () => {
    // Assess
    expect(appealable(deduction({}), MORNING)).toBe(true);
    expect(appealable(deduction({ appealUntil: '2030-05-20' }), MORNING)).toBe(false);
    expect(appealable(deduction({ appealId: 'x' }), MORNING)).toBe(false);
    expect(appealable(deduction({ status: 'revoked' }), MORNING)).toBe(false);
  });

  it('names every failed part of the listing rule', () => {
    // Prepare
    const translate = (key: string, options?: object) => `${key}${options ? JSON.stringify(options) : ''}`;
    const agency = {
      id: 'a1',
      name: '机构',
      status: 'suspended' as const,
      certificateExpiry: '2030-05-20',
      score: 79.5,
      year: 2030,
      listed: false,
    };

    // Act
    const all = unlistedReasons(agency, '2030-05-21', translate);
    const none = unlistedReasons(
      { ...agency, status: 'registered', certificateExpiry: '2030-05-21', score: 80 },
      '2030-05-21',
      translate,
    );

    // Assess
    expect(all).toEqual([
      'app.agencyDeduction.own.whyStatus{"status":"app.agency.status.suspended"}',
      'app.agencyDeduction.own.whyCertificate{"day":"2030-05-20"}',
      'app.agencyDeduction.own.whyScore{"threshold":80}',
    ]);
    expect(none).toEqual([]);
  });

  it('builds the deduction request from the form values', () => {
    // Assess
    expect(
      deductionBody({
        agencyId: 'a1',
        ruleCode: 'A-01',
        points: 7.5,
        reason: '  现场核查  ',
        date: '2030-05-21',
        evidenceIds: ['p1'],
      }),
    ).toEqual({
      agencyId: 'a1',
      ruleCode: 'A-01',
      points: 7.5,
      reason: '现场核查',
      date: '2030-05-21',
      evidenceIds: ['p1'],
    });
  });
});
