import type { CronOptions } from 'aws-cdk-lib/aws-events';

const FIRST_VALUE = { minute: '0', hour: '0', day: '1', month: '1' } as const;

/** `*\/n` means "every n from the first value" in both dialects; EventBridge only documents the explicit form. */
function explicitStep(field: string, first: string): string {
  return field.startsWith('*/') ? `${first}${field.slice(1)}` : field;
}

/**
 * Turns the manifest's five-field cron (`m h dom mon dow`, as croner reads it locally) into EventBridge Scheduler
 * cron fields. EventBridge wants exactly one of day-of-month / day-of-week to be `?`, and numbers its weekdays
 * 1-7 from Sunday where cron uses 0-6, so the manifest allows only `*` or names (MON-FRI) there.
 */
export function toSchedulerCron(cron: string): CronOptions {
  const fields = cron.trim().split(/\s+/);
  const [minute, hour, day, month, weekDay] = fields;
  if (fields.length !== 5 || !minute || !hour || !day || !month || !weekDay) {
    throw new Error(`Expected a five-field cron, got "${cron}"`);
  }
  if (/\d/.test(weekDay)) {
    throw new Error(
      `Day-of-week must be * or names (MON-FRI) in "${cron}": cron and EventBridge number days differently`,
    );
  }
  const common = {
    minute: explicitStep(minute, FIRST_VALUE.minute),
    hour: explicitStep(hour, FIRST_VALUE.hour),
    month: explicitStep(month, FIRST_VALUE.month),
  };
  if (weekDay === '*') return { ...common, day: explicitStep(day, FIRST_VALUE.day) };
  if (day !== '*') {
    throw new Error(
      `"${cron}" restricts both day-of-month and day-of-week, which EventBridge cannot express`,
    );
  }
  return { ...common, weekDay };
}
