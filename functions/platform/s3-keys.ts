/** S3 event keys are URL-encoded with '+' for spaces. */
export function decodeEventKey(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/**
 * Whether `key` lies under `prefix`: it starts with it and has no `.`/`..` segment (a store may resolve those
 * and land outside). A worker acts only on its own prefix: whatever else an event names is someone else's and
 * is logged and left alone, never deleted.
 */
export function isUnderPrefix(key: string, prefix: string): boolean {
  if (!key.startsWith(prefix)) return false;
  return !key.split('/').some((segment) => segment === '.' || segment === '..');
}
