/**
 * What other capabilities may use of patrol-insights (巡查率、重复发现): the pure rules, for a smart-alert job
 * that flags enterprises with repeated findings (DOMAIN.md, "Smart alerts") without reading this capability's
 * stores. Nothing here builds a table client.
 */
export {
  type FindingPatrol,
  REPEAT_MIN_PATROLS,
  REPEAT_WINDOW_DAYS,
  type RepeatedFinding,
  repeatedFindings,
  windowStart,
} from '#functions/patrol-insights/domain/repeated';
