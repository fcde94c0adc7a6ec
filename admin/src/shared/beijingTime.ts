import { BUSINESS_TIME_ZONE } from '#functions/platform/clock';

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/**
 * An instant as the console shows it, in Beijing time whatever the browser's zone (the bureau, its SMS texts
 * and its business days are all in Asia/Shanghai): `2026/12/1 00:30:00`. '' for a value that is not a time.
 */
export function beijingDateTime(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) return '';
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? '' : dateTime.format(instant);
}
