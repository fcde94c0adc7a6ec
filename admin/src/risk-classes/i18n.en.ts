/** Risk dictionary screens' English strings. */
export const riskClassesEn = {
  app: {
    riskClass: {
      empty: 'The dictionary is empty',
      photoRequired: 'Photo required',
      seeded: 'Built-in',
      retireHint:
        'A class cannot be deleted; retire it instead. Existing points keep it; new points cannot use it.',
    },
  },
  resources: {
    'risk-classes': {
      name: 'Risk dictionary',
      fields: {
        name: 'Class',
        family: 'Family',
        level: 'Default level',
        cycleDays: 'Cycle (days)',
        controls: 'Controls',
        checklist: 'Checklist',
        'checklist.text': 'Check',
        'checklist.photoRequired': 'Photo required',
        status: 'Status',
        seeded: 'Built-in',
      },
    },
  },
};
