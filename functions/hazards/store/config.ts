import * as z from 'zod';
import type { DeadlineDays } from '#functions/hazards/domain/deadline';
import { defaultDeadlineDays } from '#functions/hazards/domain/deadline';
import { readEnv } from '#functions/platform/env';

const days = (fallback: number) => z.coerce.number().int().min(1).max(365).default(fallback);

let cached: DeadlineDays | undefined;

/** Days to rectify by level: the DOMAIN.md defaults unless the deployment sets HAZARD_DEADLINE_DAYS_*. */
export function deadlineDays(): DeadlineDays {
  cached ??= (() => {
    const env = readEnv({
      HAZARD_DEADLINE_DAYS_GENERAL: days(defaultDeadlineDays.general),
      HAZARD_DEADLINE_DAYS_MAJOR: days(defaultDeadlineDays.major),
    });
    return { general: env.HAZARD_DEADLINE_DAYS_GENERAL, major: env.HAZARD_DEADLINE_DAYS_MAJOR };
  })();
  return cached;
}
