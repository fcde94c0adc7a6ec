import { ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { describe, expect, it } from 'vitest';
import { jobs } from '#functions/manifest';
import { toSchedulerCron } from '#infra/constructs/cron';

/** What EventBridge Scheduler receives for a manifest cron. */
const expression = (cron: string) => ScheduleExpression.cron(toSchedulerCron(cron)).expressionString;

describe('toSchedulerCron', () => {
  it('turns every-n-minutes into the explicit 0/n form and leaves day-of-week open', () => {
    expect(expression('*/10 * * * *')).toBe('cron(0/10 * * * ? *)');
  });

  it('keeps a day-of-month and makes day-of-week the open field', () => {
    expect(expression('30 2 1 * *')).toBe('cron(30 2 1 * ? *)');
  });

  it('keeps named weekdays and makes day-of-month the open field', () => {
    expect(expression('0 8 * * MON-FRI')).toBe('cron(0 8 ? * MON-FRI *)');
  });

  it('steps hours, days and months from their first value', () => {
    expect(expression('0 */6 */2 */3 *')).toBe('cron(0 0/6 1/2 1/3 ? *)');
  });

  it('refuses numeric weekdays, which cron and EventBridge number differently', () => {
    expect(() => toSchedulerCron('0 8 * * 1-5')).toThrow(/names/);
  });

  it('refuses a cron that restricts both day-of-month and day-of-week', () => {
    expect(() => toSchedulerCron('0 8 1 * MON')).toThrow(/both/);
  });

  it('refuses anything but five fields', () => {
    expect(() => toSchedulerCron('0 8 * *')).toThrow(/five-field/);
    expect(() => toSchedulerCron('0 0 8 * * ?')).toThrow(/five-field/);
  });

  it('converts every job in the manifest', () => {
    for (const job of jobs) expect(expression(job.cron)).toMatch(/^cron\(\S+ \S+ \S+ \S+ \S+ \*\)$/);
  });
});
