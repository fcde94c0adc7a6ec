import { defaultCycleDays } from '#functions/risk-points/domain/schedule';
import type { ChecklistItem, RiskLevel } from '#functions/risk-points/domain/types';

/** A dictionary class as seeded: the 风险报告管控辞典's defaults for points of that kind. */
export interface SeedClass {
  classId: string;
  family: string;
  name: string;
  level: RiskLevel;
  cycleDays: number;
  controls: string[];
  checklist: ChecklistItem[];
}

/** A check as written in the seed files: its text, and `true` when the answer needs a photo. */
export type SeedCheck = readonly [text: string, photoRequired?: boolean];

/**
 * One family's classes with ids `rc-<family>-<nn>` (stable, so re-seeding finds what is there) and checklist
 * item ids `<nn>` within the class; the cycle is the level's default.
 */
export function family(
  code: string,
  name: string,
  classes: readonly (readonly [name: string, level: RiskLevel, controls: string[], checks: SeedCheck[]])[],
): SeedClass[] {
  return classes.map(([className, level, controls, checks], index) => ({
    classId: `rc-${code}-${String(index + 1).padStart(2, '0')}`,
    family: name,
    name: className,
    level,
    cycleDays: defaultCycleDays[level],
    controls,
    checklist: checks.map(([text, photoRequired], item) => ({
      itemId: String(item + 1).padStart(2, '0'),
      text,
      photoRequired: photoRequired === true,
    })),
  }));
}
