import type { agencyNoticesZh } from './i18n.zh';

/** Agency notice screens' English strings. */
export const agencyNoticesEn: typeof agencyNoticesZh = {
  app: {
    agencyNotice: {
      status: { draft: 'Draft', published: 'Published' },
      city: 'Changzhou Emergency Management Bureau',
      empty: 'No notices yet',
      emptyHint:
        'Pick deductions your district issued, draft a notice, then publish it; published notices are read-only and public.',
      publish: 'Publish',
      publishConfirm: 'A published notice cannot be changed and appears on the public page. Publish it?',
      published: 'Notice published',
      docx: 'Download Word',
      docxFailed: 'Export failed: %{message}',
      revoked: 'Revoked',
      readOnly: 'Published: read-only.',
      deductionsTitle: 'Deductions',
      publicPage: 'Open the public list',
    },
    agencyStats: {
      title: 'Agency scoring (%{quarter})',
      agencies: 'Agencies deducted',
      deductions: 'Deductions',
      points: 'Points',
      notices: 'Notices',
      above: 'Districts above the city average:',
      noneAbove: 'No district is above the city average.',
      average: 'avg %{value}',
      failed: 'Could not load the agency statistics',
      retry: 'Retry',
      empty: 'No deductions this quarter yet.',
    },
  },
  resources: {
    'agency-notices': {
      name: 'Agency notices',
      fields: {
        title: 'Title',
        body: 'Body',
        districtId: 'Issuer',
        districtName: 'Issuer',
        deductionIds: 'Deductions',
        status: 'Status',
        publishedAt: 'Published at',
        createdAt: 'Created at',
        updatedAt: 'Updated at',
        agencyName: 'Agency',
        ruleDescription: 'Rule',
        points: 'Points',
        date: 'Date',
        reason: 'Reason',
      },
    },
  },
};
