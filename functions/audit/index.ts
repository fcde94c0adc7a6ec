/**
 * The audit capability is the read side of the log (`GET /api/audit`); writing an entry is platform's
 * (`platform/audit/append.ts`, used by the HTTP chain and by workers), so other capabilities import nothing from here.
 */
export {};
