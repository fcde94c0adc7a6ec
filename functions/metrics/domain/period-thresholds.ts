import * as z from 'zod';
import type { PeriodThresholds } from '#functions/metrics/schemas-period';
import { readEnv } from '#functions/platform/env';

/** The seed's thresholds (一（三）: overdue above 30%; 二（二）: participation below 60%). */
export const defaultThresholds: PeriodThresholds = { overdueRate: 0.3, participationRate: 0.6 };

const share = (fallback: number) => z.coerce.number().min(0).max(1).default(fallback);

let cached: PeriodThresholds | undefined;

/** What the dashboard highlights: the defaults unless METRICS_OVERDUE_THRESHOLD / _PARTICIPATION_ are set. */
export function periodThresholds(): PeriodThresholds {
  cached ??= (() => {
    const env = readEnv({
      METRICS_OVERDUE_THRESHOLD: share(defaultThresholds.overdueRate),
      METRICS_PARTICIPATION_THRESHOLD: share(defaultThresholds.participationRate),
    });
    return {
      overdueRate: env.METRICS_OVERDUE_THRESHOLD,
      participationRate: env.METRICS_PARTICIPATION_THRESHOLD,
    };
  })();
  return cached;
}
