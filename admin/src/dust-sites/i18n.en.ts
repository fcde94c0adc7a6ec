/** Dust site screens' English strings. */
export const dustSitesEn = {
  app: {
    dustLabels: {
      button: 'Print site codes',
      title: 'Print dust site labels',
      selected: 'Print the %{count} selected dust sites (A4, 8 a page).',
      filtered: 'Print every dust site of the current place filter (A4, 8 a page).',
      all: 'Print every dust site you can see (A4, 8 a page).',
      queued: 'Submitted, waiting…',
      running: 'Making the labels…',
      done: '%{total} labels made.',
      empty: 'No dust site to print (retired sites are not printed).',
      skipped: '%{count} sites are outside your scope or retired and were not printed.',
      download: 'Download PDF',
      failed: 'Could not make the labels, please retry',
    },
    dustSite: {
      status: { active: 'Active', retired: 'Retired' },
      empty: 'No dust sites yet',
      emptyHint:
        'Add dust sites for enterprises flagged for combustible dust, print their codes and post them; the enterprise uploads a cleaning photo every day.',
      qr: 'Site code',
      reissue: 'Re-issue site code',
      reissueConfirm: 'The code posted on site stops working at once and must be reprinted. Re-issue?',
      reissued: 'Site code re-issued; print and post the new one',
      retire: 'Retire site',
      retireConfirm: 'A retired site no longer accepts cleaning uploads; its history is kept. Retire it?',
      retired: 'Dust site retired',
      tab: 'Dust sites',
      notDust: 'This enterprise is not flagged for combustible dust: it cannot have dust sites.',
    },
  },
  resources: {
    'dust-sites': {
      name: 'Dust sites',
      fields: {
        enterpriseId: 'Enterprise',
        enterpriseName: 'Enterprise',
        districtId: 'District',
        townId: 'Town',
        name: 'Site name',
        location: 'Workshop / location',
        dustType: 'Dust type',
        contactPhone: 'Cleaning contact phone',
        status: 'Status',
        codeIssuedAt: 'Code issued',
        lastSatisfiedDay: 'Last day uploaded',
        q: 'Name',
      },
    },
  },
};
