/** Dust upload rate widget texts (app.dustRate.*). */
export const dustRateEn = {
  app: {
    dustRate: {
      title: 'Dust cleaning upload rate',
      today: "Today's upload rate",
      counts: '%{uploaded} of %{sites} sites uploaded',
      empty: 'No snapshot yet today: updated hourly (5 past the hour, Beijing time); reminders at 18:00',
      missingTitle: 'Sites not uploaded today (%{count})',
      missingNone: 'Every site in scope has uploaded today',
      more: '%{count} more: export to see them all',
      site: 'Site',
      location: 'Location',
      area: 'Town',
      trendTitle: 'Upload rate, last 90 days',
      mean: 'Period mean %{percent}',
      noValue: 'No data',
      sheet: 'Dust sites not uploaded today',
    },
  },
};
