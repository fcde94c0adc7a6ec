/** Agency screens' English strings. */
export const agenciesEn = {
  app: {
    agency: {
      type: {
        assessment: 'Safety assessment',
        testing: 'Testing',
        consulting: 'Consulting',
        training: 'Training',
        other: 'Other',
      },
      status: { registered: 'Registered', suspended: 'Suspended', deregistered: 'Deregistered' },
      listed: { true: 'Listed', false: 'Not listed' },
      tabs: { details: 'Details', deductions: 'Deductions (this year)', appeals: 'Appeals', none: 'None' },
      empty: 'No agencies yet',
      emptyHint:
        'Register the technical service agencies (assessment, testing, consulting, training); then deduct points under the rules and list those that qualify.',
    },
  },
  resources: {
    agencies: {
      name: 'Agencies',
      fields: {
        name: 'Name',
        creditCode: 'Unified social credit code',
        type: 'Type',
        districtId: 'Registered district',
        workDistrictIds: 'Works in',
        certificateNo: 'Certificate no.',
        certificateExpiry: 'Certificate valid through',
        contactName: 'Contact',
        contactPhone: 'Contact phone',
        status: 'Status',
        score: 'Score this year',
        listed: 'Listed',
        updatedAt: 'Updated',
        q: 'Name',
      },
    },
  },
};
