/**
 * A cleaning's review state: none (not sampled), queued (in a town officer's spot-check queue), approved, rejected.
 * Here and not in schemas.ts: the store's entity needs the list, and a job's bundle must not carry the API's zod.
 */
export const cleaningReviews = ['none', 'queued', 'approved', 'rejected'] as const;
