/** Appeal screens' English strings. */
export const agencyAppealsEn = {
  app: {
    agencyAppeal: {
      empty: 'No appeals',
      emptyHint:
        'Agencies may appeal a deduction within the window; the issuing office upholds or revokes it.',
      deduction: 'Appealed deduction',
      uphold: 'Uphold',
      revoke: 'Revoke deduction',
      upholdHint: 'The deduction stays in force; the outcome is audited.',
      revokeHint: 'The points are restored; the outcome is audited.',
      reason: 'Reason',
      reasonRequired: 'A reason is required',
      confirmUphold: 'Confirm uphold',
      confirmRevoke: 'Confirm revocation',
      done: 'Appeal decided',
    },
  },
  resources: {
    'agency-appeals': {
      name: 'Appeals',
      fields: {
        agencyName: 'Agency',
        agencyId: 'Agency',
        deductionId: 'Deduction',
        issuingDistrictId: 'Issued by',
        statement: 'Statement',
        evidenceIds: 'Evidence',
        status: 'Status',
        decisionReason: 'Decision reason',
        decidedAt: 'Decided at',
        createdAt: 'Appealed at',
      },
    },
  },
};
