import { capability } from '#functions/platform/manifest-types';

/** The reminders capability: one daily job that puts reminder SMS in the messages outbox. No routes. */
export const remindersManifest = capability({
  groups: {},
  routes: [],
  jobs: [
    {
      name: 'reminders',
      description:
        '每日提醒：逾期风险点日报短信发企业，重大、较大风险点逾期超 3 天及隐患逾期超 7 天督办镇街，隐患到期前一天及逾期提醒企业',
      cron: '0 9 * * *',
      handler: 'reminders/jobs/reminders',
      grants: { tables: { main: 'readWrite' } },
      timeoutSeconds: 900,
    },
  ],
  events: [],
});
