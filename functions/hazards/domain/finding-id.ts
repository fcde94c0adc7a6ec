import { createHash } from 'node:crypto';
import type { HazardSource } from '#functions/hazards/domain/kinds';

/**
 * The hazard id of a finding: the same finding (however often retried, at whatever time) names the same hazard.
 * A scan's ref is its scan id, so scan hazards keep the ids they always had.
 */
export const hazardIdOfFinding = (source: HazardSource, findingRef: string) =>
  createHash('sha256').update(`hazard\n${source}\n${findingRef}`).digest('hex').slice(0, 26);
