import { BUSINESS_TIME_ZONE } from '#functions/platform/clock';

/**
 * 5 failed logins for one username from one client address within 15 minutes lock that username for that address
 * for 15 minutes (the login route's summary); 20 failed logins from one address, whatever the usernames, lock
 * the address. A stranger can thus lock an account only for themselves, never for its owner elsewhere.
 */
export const MAX_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 20;
export const LOCKOUT_MS = 15 * 60 * 1000;

const clockTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: BUSINESS_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** Says when to try again, in Beijing time and in minutes, rounded up so that the time given always works. */
export function lockedMessage(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  const retryAt = new Date(Math.ceil(until.getTime() / 60_000) * 60_000);
  return `登录失败次数过多，账号已暂时锁定。请于 ${clockTime.format(retryAt)} 后（约 ${minutes} 分钟后）重试，或联系管理员解锁`;
}

/** The same for a client address that failed too often, whatever the usernames. */
export function addressLockedMessage(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  const retryAt = new Date(Math.ceil(until.getTime() / 60_000) * 60_000);
  return `此网络地址登录失败次数过多，已暂时限制登录。请于 ${clockTime.format(retryAt)} 后（约 ${minutes} 分钟后）重试`;
}
