import { completionRate } from '#functions/campaigns/domain/progress';
import { districtName } from '#functions/platform/districts';

/** A completion rate as the report writes it (90.87%); a dash while nothing was sent. */
export const rateText = (rate: number | null | undefined, none = '—') =>
  rate === null || rate === undefined ? none : `${rate.toFixed(2)}%`;

/** The progress table's rows with a 合计 row: totals summed, its rate from the totals (not a mean of rates). */
export function withTotal(
  rows: readonly { districtId: string; sent: number; submitted: number; rate: number | null }[],
  totalLabel: string,
) {
  const sent = rows.reduce((sum, row) => sum + row.sent, 0);
  const submitted = rows.reduce((sum, row) => sum + row.submitted, 0);
  const rate = completionRate(submitted, sent);
  return [
    ...rows.map((row) => ({ ...row, name: districtName(row.districtId) ?? row.districtId })),
    { districtId: 'total', name: totalLabel, sent, submitted, rate },
  ];
}

/** The builder's form values as the API's create body: empty filter fields dropped, items trimmed. */
export function createBody(values: Record<string, unknown>) {
  const filter = Object.fromEntries(
    Object.entries((values.filter as Record<string, unknown> | undefined) ?? {}).filter(
      ([, value]) => typeof value === 'string' && value !== '',
    ),
  );
  const items = ((values.items as { text?: string }[] | undefined) ?? []).map((item) => ({
    text: (item?.text ?? '').trim(),
  }));
  return {
    title: typeof values.title === 'string' ? values.title.trim() : values.title,
    items,
    filter,
    deadline: values.deadline,
    reminderDays: Number(values.reminderDays ?? 3),
  };
}
