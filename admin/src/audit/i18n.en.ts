/** The audit screens' English strings: `app.*` for their own texts, `resources.audit.*` for react-admin's. */
export const auditEn = {
  app: {
    audit: {
      empty: '(empty)',
      noChanges: 'No field changed in this operation.',
      field: 'Field',
      before: 'Before',
      after: 'After',
      entity: {
        enterprise: 'Enterprise',
        user: 'User',
        town: 'Town',
        grid: 'Grid',
        message: 'SMS',
        unknown: 'Unknown record',
      },
      action: {
        create: 'Created',
        update: 'Updated',
        delete: 'Deleted',
        disable: 'Disabled',
        enable: 'Enabled',
        resetPassword: 'Password reset',
        unlock: 'Login unlocked',
        changePassword: 'Own password changed',
        requestImport: 'Import requested',
        import: 'Imported',
        export: 'Exported',
        resend: 'SMS resent',
        sendTest: 'Test SMS sent',
        unrecorded: 'Write (no details recorded)',
      },
    },
  },
  resources: {
    audit: {
      name: 'Audit log |||| Audit log',
      fields: {
        at: 'Time',
        actorName: 'By',
        action: 'Action',
        entity: 'Record',
        districtId: 'District',
      },
    },
  },
};
