/**
 * What other capabilities may use of agency-notices (专题通报): the notices published in a period (the
 * statistics, and the quarterly report later).
 */

export { type PublishedNotice, publishedNoticesBetween } from '#functions/agency-notices/store/contract';
