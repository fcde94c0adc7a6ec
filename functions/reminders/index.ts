/**
 * What other capabilities may use of reminders (每日提醒短信): nothing yet. The capability is one daily job
 * (jobs/reminders.ts) that reads risk points, hazards, enterprises and town officers through their index.ts
 * and writes only to the messages outbox.
 */
export type { EnterpriseDigest, TownEscalation } from '#functions/reminders/domain/plan';
