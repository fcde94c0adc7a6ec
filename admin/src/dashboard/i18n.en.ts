/** The dashboard screens' English strings: `app.*` for their own texts, `resources.dashboard.*` for react-admin's. */
export const dashboardEn = {
  app: {
    dashboard: {
      title: 'Dashboard',
      welcome: {
        title: 'Welcome to Changan Code',
        body: 'Changan Code is the safety supervision platform for industrial and trade enterprises in Changzhou. Enterprises scan the codes posted at their risk points and dust sites to self-inspect, report hazards and upload cleaning photos; supervisors review, follow up and rank them here.',
        scope:
          'The city bureau, district bureaus, towns and grid members each see the data of their own area.',
        coming:
          'Risk points, hazards, dust cleaning, agencies and more are on the way and will appear in the menu on the left.',
      },
      health: {
        title: 'System status',
        loading: 'Checking the system status…',
        status: 'Status',
        version: 'Version',
        ok: 'OK',
        abnormal: 'Abnormal',
        error: 'Could not get the system status: %{message}',
        retry: 'Retry',
        refresh: 'Check again',
      },
      account: {
        title: 'My account',
        name: 'Name',
        username: 'Username',
        role: 'Role',
        scope: 'Area',
        principal: 'Principal',
      },
      stats: {
        empty: 'No figures yet: they are computed every %{minutes} minutes',
        generatedAt: 'As of %{time} (Beijing time), updated every %{minutes} minutes',
        enterprises: {
          title: 'Enterprises',
          total: 'enterprises',
          count: 'Enterprises',
          coverage: 'Grid coverage',
          area: { city: 'District', district: 'Town', town: 'Grid', grid: 'Grid' },
        },
        coverage: {
          title: 'Grid coverage',
          inGrid: '%{count} inside a grid',
          outside: '%{count} outside the grid',
          none: 'No enterprises in this area yet',
        },
        accounts: { title: 'Accounts', total: 'accounts', disabled: '%{count} of them disabled' },
        messages: {
          title: "Today's messages",
          total: 'messages (%{day}, Beijing time)',
          open: "Open today's messages",
        },
      },
    },
  },
};
