/** The four risk levels as the console shows them (重大/较大/一般/低) and their colour bars. */
export const riskLevelChoices = [
  { id: 'red', name: 'app.riskPoint.level.red' },
  { id: 'orange', name: 'app.riskPoint.level.orange' },
  { id: 'yellow', name: 'app.riskPoint.level.yellow' },
  { id: 'blue', name: 'app.riskPoint.level.blue' },
];
export const riskStatusChoices = [
  { id: 'active', name: 'app.riskPoint.status.active' },
  { id: 'retired', name: 'app.riskPoint.status.retired' },
];
export const levelColours: Record<string, string> = {
  red: '#d32f2f',
  orange: '#ef6c00',
  yellow: '#f9a825',
  blue: '#1565c0',
};

/** The phone page a risk point's QR opens: `<console origin>/m/r/<token>`. */
export const scanUrlOf = (token: string) => `${window.location.origin}/m/r/${token}`;
