import { addDays } from '#functions/platform/clock';

export interface DueInput {
  enterpriseId: string;
  name: string;
  lastPatrolDay?: string | undefined;
}

export interface DueRow extends DueInput {
  dueDay?: string;
  due: boolean;
}

/**
 * The grid member's order (DOMAIN: "a grid member sees what is due"): never patrolled first, then due ones by
 * how long they have waited (earliest due day first), then the rest by due day; name breaks ties. An enterprise
 * is due when it was never patrolled or its last patrol + the frequency is today or earlier.
 */
export function dueOrder(rows: readonly DueInput[], frequencyDays: number, today: string): DueRow[] {
  const withDue = rows.map((row): DueRow => {
    if (!row.lastPatrolDay) return { ...row, due: true };
    const dueDay = addDays(row.lastPatrolDay, frequencyDays);
    return { ...row, dueDay, due: dueDay <= today };
  });
  return withDue.sort((a, b) => {
    const [ka, kb] = [a.dueDay ?? '', b.dueDay ?? ''];
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a.name.localeCompare(b.name, 'zh-CN') || a.enterpriseId.localeCompare(b.enterpriseId);
  });
}
