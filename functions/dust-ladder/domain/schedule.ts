/** The ladder's daily hour (Asia/Shanghai): `DUST_LADDER_HOUR` when the stack is built, 18 by default. */
export function ladderHour(value: string | undefined = process.env.DUST_LADDER_HOUR): number {
  if (value === undefined || value === '') return 18;
  const hour = Number(value);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23)
    throw new Error(`DUST_LADDER_HOUR must be 0–23, not ${value}`);
  return hour;
}

/** Manifest crons are Asia/Shanghai. */
export const dustLadderCron = (hour = ladderHour()) => `0 ${hour} * * *`;
