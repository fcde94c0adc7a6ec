/**
 * What other capabilities may use of identity: the middleware that verifies every protected request's caller.
 * Everything else in this folder is identity's own.
 */
export { authenticate } from '#functions/identity/authenticate';
export { gridHasMembers, townHasUsers } from '#functions/identity/store/presence';
