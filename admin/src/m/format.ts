/** Times as a Changzhou user reads them, whatever zone the phone is set to. */
const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const date = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function beijingDateTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '—' : dateTime.format(at);
}

export function beijingDate(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '—' : date.format(at);
}
