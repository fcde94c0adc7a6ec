import {
  addressLockedMessage,
  LOCKOUT_MS,
  lockedMessage,
  MAX_ADDRESS_FAILURES,
  MAX_FAILURES,
} from '#functions/identity/domain/login-lockout';
import { loginAttempt } from '#functions/identity/store/entities/login-attempt';
import { isConditionFailure } from '#functions/platform/conditions';
import { TooManyRequestsError } from '#functions/platform/errors';

/** One counter: a subject (`user#…` or `address#…`) from one client address. */
interface AttemptKey {
  subject: string;
  address: string;
}

interface Limit {
  max: number;
  message: (until: Date, now: Date) => string;
}

const USER_LIMIT: Limit = { max: MAX_FAILURES, message: lockedMessage };
const ADDRESS_LIMIT: Limit = { max: MAX_ADDRESS_FAILURES, message: addressLockedMessage };

/** The counter of one username from one address, and the one of the address for every username. */
const userKey = (username: string, address: string): AttemptKey => ({ subject: `user#${username}`, address });
const addressKey = (address: string): AttemptKey => ({ subject: `address#${address}`, address: '-' });

/** Attempts reserved in both windows: the username's from this address, and the address's own. */
export interface LoginAttempts {
  username: string;
  address: string;
  user: number;
  /** Absent where the address is not counted (a signed-in account changing its password). */
  fromAddress?: number;
}

/**
 * Takes one attempt per window before the password is even checked — the address's (20 per 15 minutes over all
 * usernames) and the username's from that address (5) — with conditional writes, so parallel guesses cannot slip
 * past a limit. Throws 429 when either is used up.
 */
export async function reserveLoginAttempt(
  username: string,
  address: string,
  now: Date,
  { countAddress = true }: { countAddress?: boolean } = {},
): Promise<LoginAttempts> {
  const fromAddress = countAddress ? await reserve(addressKey(address), ADDRESS_LIMIT, now) : undefined;
  const user = await reserve(userKey(username, address), USER_LIMIT, now);
  return { username, address, user, ...(fromAddress === undefined ? {} : { fromAddress }) };
}

async function reserve(key: AttemptKey, limit: Limit, now: Date): Promise<number> {
  const at = now.toISOString();
  const windowOpen = new Date(now.getTime() - LOCKOUT_MS).toISOString();
  for (let round = 0; round < 3; round += 1) {
    try {
      const { data } = await loginAttempt
        .update(key)
        .add({ failures: 1 })
        .set({ lastAttemptAt: at })
        .where((a, op) => `${op.gte(a.windowStart, windowOpen)} AND ${op.lt(a.failures, limit.max)}`)
        .go({ response: 'all_new' });
      return data.failures ?? 1;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const { data: current } = await loginAttempt.get(key).go({ consistent: true });
    const lockedUntil = lockEnd(current, windowOpen, at, limit.max);
    if (lockedUntil) throw new TooManyRequestsError(limit.message(new Date(lockedUntil), now));
    if (await openWindow(key, at, windowOpen)) return 1;
  }
  throw new TooManyRequestsError(limit.message(new Date(now.getTime() + LOCKOUT_MS), now));
}

type AttemptItem = { failures: number; windowStart: string; lockedUntil?: string; lastAttemptAt?: string };

/** When the lock on a full window ends, or undefined when the window is over and a new one may start. */
function lockEnd(
  current: AttemptItem | null,
  windowOpen: string,
  at: string,
  max: number,
): string | undefined {
  if (!current) return undefined;
  if (current.lockedUntil && current.lockedUntil > at) return current.lockedUntil;
  if (current.windowStart >= windowOpen && current.failures >= max) {
    const last = new Date(current.lastAttemptAt ?? current.windowStart).getTime();
    return new Date(last + LOCKOUT_MS).toISOString();
  }
  return undefined;
}

async function openWindow(key: AttemptKey, at: string, windowOpen: string): Promise<boolean> {
  try {
    await loginAttempt
      .put({ ...key, failures: 1, windowStart: at, lastAttemptAt: at })
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

/** A failed attempt that used up a window locks its subject (for that address) for 15 minutes from now. */
export async function recordLoginFailure(attempts: LoginAttempts, now: Date): Promise<void> {
  if (attempts.user >= MAX_FAILURES) await lock(userKey(attempts.username, attempts.address), now);
  if ((attempts.fromAddress ?? 0) >= MAX_ADDRESS_FAILURES) await lock(addressKey(attempts.address), now);
}

async function lock(key: AttemptKey, now: Date): Promise<void> {
  const lockedUntil = new Date(now.getTime() + LOCKOUT_MS).toISOString();
  try {
    await loginAttempt.patch(key).set({ lockedUntil }).go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error; // a parallel success cleared the attempts first
  }
}

/**
 * A success forgets the username's failures from that address and gives the address its attempt back: only
 * failures count against an address (many people may sign in from one office's address).
 */
export async function clearLoginAttempts(attempts: LoginAttempts): Promise<void> {
  await loginAttempt.delete(userKey(attempts.username, attempts.address)).go();
  if (attempts.fromAddress === undefined) return;
  try {
    await loginAttempt
      .update(addressKey(attempts.address))
      .add({ failures: -1 })
      .where((a, op) => op.gt(a.failures, 0))
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** The latest end of any lock on a username (from any address), or undefined when it is not locked. */
export async function userLockedUntil(username: string, now: Date): Promise<string | undefined> {
  const at = now.toISOString();
  const windowOpen = new Date(now.getTime() - LOCKOUT_MS).toISOString();
  const { data } = await loginAttempt.query.bySubject({ subject: `user#${username}` }).go({ pages: 'all' });
  const ends = data
    .map((item) => lockEnd(item, windowOpen, at, MAX_FAILURES))
    .filter((end) => end !== undefined);
  return ends.sort().at(-1);
}

/** Unlocks a username for every address (an admin's unlock or password reset). */
export async function clearUserLocks(username: string): Promise<void> {
  const { data } = await loginAttempt.query.bySubject({ subject: `user#${username}` }).go({ pages: 'all' });
  if (data.length > 0)
    await loginAttempt.delete(data.map(({ subject, address }) => ({ subject, address }))).go();
}
