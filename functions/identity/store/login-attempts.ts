import { LOCKOUT_MS, lockedMessage, MAX_FAILURES } from '#functions/identity/domain/login-lockout';
import { loginAttempt } from '#functions/identity/store/entities/login-attempt';
import { isConditionFailure } from '#functions/platform/conditions';
import { TooManyRequestsError } from '#functions/platform/errors';

/**
 * Takes one of the 5 attempts a username has per 15 minutes, before the password is even checked: the count
 * goes up with a conditional write, so parallel guesses cannot slip past the limit. Returns how many attempts
 * the window now holds; throws 429 when none is left.
 */
export async function reserveLoginAttempt(username: string, now: Date): Promise<number> {
  const at = now.toISOString();
  const windowOpen = new Date(now.getTime() - LOCKOUT_MS).toISOString();
  for (let round = 0; round < 3; round += 1) {
    try {
      const { data } = await loginAttempt
        .update({ username })
        .add({ failures: 1 })
        .set({ lastAttemptAt: at })
        .where((a, op) => `${op.gte(a.windowStart, windowOpen)} AND ${op.lt(a.failures, MAX_FAILURES)}`)
        .go({ response: 'all_new' });
      return data.failures ?? 1;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const { data: current } = await loginAttempt.get({ username }).go({ consistent: true });
    const lockedUntil = lockEnd(current, windowOpen, at);
    if (lockedUntil) throw new TooManyRequestsError(lockedMessage(new Date(lockedUntil), now));
    if (await openWindow(username, at, windowOpen)) return 1;
  }
  throw new TooManyRequestsError(lockedMessage(new Date(now.getTime() + LOCKOUT_MS), now));
}

/** When the lock on a full window ends, or undefined when the window is over and a new one may start. */
function lockEnd(
  current: { failures: number; windowStart: string; lockedUntil?: string; lastAttemptAt?: string } | null,
  windowOpen: string,
  at: string,
): string | undefined {
  if (!current) return undefined;
  if (current.lockedUntil && current.lockedUntil > at) return current.lockedUntil;
  if (current.windowStart >= windowOpen && current.failures >= MAX_FAILURES) {
    const last = new Date(current.lastAttemptAt ?? current.windowStart).getTime();
    return new Date(last + LOCKOUT_MS).toISOString();
  }
  return undefined;
}

async function openWindow(username: string, at: string, windowOpen: string): Promise<boolean> {
  try {
    await loginAttempt
      .put({ username, failures: 1, windowStart: at, lastAttemptAt: at })
      .where(
        (a, op) =>
          `${op.notExists(a.windowStart)} OR (${op.lt(a.windowStart, windowOpen)} AND (${op.notExists(a.lockedUntil)} OR ${op.lte(a.lockedUntil, at)}))`,
      )
      .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** A failed attempt that used up the window locks the username for 15 minutes from now. */
export async function recordLoginFailure(username: string, attempts: number, now: Date): Promise<void> {
  if (attempts < MAX_FAILURES) return;
  const lockedUntil = new Date(now.getTime() + LOCKOUT_MS).toISOString();
  try {
    await loginAttempt.patch({ username }).set({ lockedUntil }).go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error; // a parallel success cleared the attempts first
  }
}

export async function clearLoginAttempts(username: string): Promise<void> {
  await loginAttempt.delete({ username }).go();
}
