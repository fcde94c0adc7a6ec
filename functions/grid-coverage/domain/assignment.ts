/** The bulk assignment's states: created, being worked, every enterprise counted. */
export const assignmentStatuses = ['PENDING', 'RUNNING', 'DONE'] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

/**
 * At most this many enterprises in one assignment: the selection is kept on the assignment item (ids of 26
 * characters, well under DynamoDB's 400 KB) and a town's 网格外 is a few hundred at most in the seed.
 */
export const MAX_ASSIGNMENT = 2000;

/** The preview's first rows. */
export const PREVIEW_ROWS = 20;

/** The transfers-bucket prefix whose objects start the worker (one per assignment). */
export const REQUEST_PREFIX = 'grid-assignments/';
export const requestKeyOf = (assignmentId: string) => `${REQUEST_PREFIX}${assignmentId}.json`;
export const REQUEST_KEY = /^grid-assignments\/([0-9A-HJKMNP-TV-Z]{26})\.json$/;
