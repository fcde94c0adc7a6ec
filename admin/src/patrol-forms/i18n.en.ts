/** The patrol forms page's English strings (same keys as i18n.zh.ts). */
export const patrolFormsEn = {
  app: {
    patrolForm: {
      title: 'Patrol forms and plan',
      city: 'City patrol form',
      district: 'Items added by this district',
      version: 'Version %{version}',
      keepHint: 'Saving makes a new version; recorded patrols keep the items they were made with.',
      noItems: 'No items',
      newItem: 'New',
      itemLabel: 'Item %{n}',
      remove: 'Remove item',
      add: 'Add item',
      save: 'Save as new version',
      saved: 'Saved as version %{version}',
      tooMany: 'At most 60 items',
      cityEmpty: 'Keep at least one item in the city form',
      emptyText: 'Fill in every item or remove the empty ones',
      tooLong: 'An item has at most 200 characters',
    },
    patrolPlan: {
      title: 'Patrol plan',
      default: 'Not set: the default, every %{days} days (monthly)',
      own: 'Set by the district: every %{days} days',
      days: 'Frequency (days)',
      save: 'Save frequency',
      saved: 'Frequency set to %{days} days',
      invalid: 'The frequency is a whole number of days, 1–366',
    },
  },
  resources: {
    'patrol-forms': { name: 'Patrol forms', fields: {} },
  },
};
