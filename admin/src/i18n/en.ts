import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

/** English: react-admin's own messages plus ours; same `app.*` keys as zh.ts (a unit test checks). */
export const enMessages: TranslationMessages = {
  ...englishMessages,
  app: {
    title: 'Changan Code · Industrial Enterprise Safety Supervision',
    brand: 'Changan Code',
    subtitle: 'Industrial Enterprise Safety Supervision',
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
    },
  },
  resources: {},
};
