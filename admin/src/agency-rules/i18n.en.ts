/** Scoring rule screens' English strings. */
export const agencyRulesEn = {
  app: {
    agencyRule: {
      active: { true: 'Active', false: 'Inactive' },
      points: '%{points} points',
      range: '%{min}–%{max} points',
      versions: 'Versions',
      empty: 'No scoring rules yet',
      emptyHint:
        'Enter the rules of DB3204/T1032—2022 (code, text, category, points); districts deduct under them.',
      versionHint:
        'Every save makes a new version; a deduction keeps the rule text and points it was given under.',
    },
  },
  resources: {
    'agency-rules': {
      name: 'Scoring rules',
      fields: {
        code: 'Code',
        version: 'Version',
        description: 'Rule',
        category: 'Category',
        points: 'Fixed points',
        pointsMin: 'Minimum points',
        pointsMax: 'Maximum points',
        active: 'Active',
        updatedAt: 'Updated',
        versions: 'Versions',
      },
    },
  },
};
