/** The grid patrol screens' English strings (same keys as i18n.zh.ts). */
export const patrolsEn = {
  app: {
    patrol: {
      empty: 'No patrols yet',
      emptyHint: 'Patrols recorded by grid members on their phones are listed here.',
      answer: { pass: 'Compliant', fail: 'Non-compliant', na: 'Not applicable' },
      origin: { city: 'City', district: 'Added by district' },
      failedCount: '%{count} non-compliant',
      hazardCount: '%{count} hazards',
      codeChecked: { true: 'Checked', false: 'Not checked' },
      noOverdue: 'No overdue risk points at the patrol',
      noHazards: 'No hazards recorded on this patrol',
      noPhotos: 'No photos to show.',
      hazardLink: 'Open hazard',
      sections: {
        patrol: 'Patrol',
        answers: 'Items (as of the patrol)',
        hazards: 'Hazards found',
        code: 'Risk code use',
        photos: 'Photos',
      },
    },
  },
  resources: {
    patrols: {
      name: 'Grid patrols',
      fields: {
        at: 'Patrolled at',
        day: 'Day',
        enterpriseName: 'Enterprise',
        enterpriseId: 'Enterprise',
        districtId: 'District',
        townId: 'Town',
        gridId: 'Grid',
        patrolledByName: 'Grid member',
        formVersion: 'Form version',
        failedItemIds: 'Non-compliant items',
        hazardIds: 'Hazards',
        codeChecked: 'Risk code use checked',
        overdueRiskPoints: 'Overdue risk points',
        note: 'Note',
        from: 'From',
        to: 'To',
      },
    },
  },
};
