import { UNCATEGORISED_HAZARD } from '#functions/patrols/index';
import { addDays, businessDay } from '#functions/platform/clock';

/**
 * 重复发现 (issue 15 item 3; DOMAIN.md smart alerts): the same form item failed, or the same hazard category
 * found, on ≥ 2 patrols of one enterprise within 90 days. Pure: the route hands it a town's patrols of the
 * window and gets the flags back; hand-written fixtures test it.
 *
 * A patrol that fails item c07 and records a hazard of category c07 (P's hazards carry the item id as their
 * category) found one problem, not two: per patrol, the codes are the union of its failed items and its hazard
 * categories, so that patrol counts once for c07.
 */
export const REPEAT_WINDOW_DAYS = 90;
export const REPEAT_MIN_PATROLS = 2;

/** The first day of the window ending `today`: 90 days, today included. */
export const windowStart = (today: string) => addDays(today, -(REPEAT_WINDOW_DAYS - 1));

export interface FindingPatrol {
  patrolId: string;
  enterpriseId: string;
  districtId: string;
  townId: string;
  gridId: string;
  at: string;
  failedItemIds: readonly string[];
  hazardCategories: readonly string[];
  hazardIds: readonly string[];
}

export interface RepeatedFinding {
  /** `${enterpriseId}:${code}`: stable while the flag holds. */
  id: string;
  enterpriseId: string;
  districtId: string;
  townId: string;
  gridId: string;
  /** The form item id or hazard category code found again. */
  code: string;
  /** 'item' when a patrol answered the item 不符合; 'category' when only hazards carried the code. */
  kind: 'item' | 'category';
  /** The patrols that found it, oldest first. */
  patrols: { patrolId: string; day: string; at: string }[];
  count: number;
  firstDay: string;
  lastDay: string;
  /**
   * The enterprise's latest patrol in the window found it again (no later patrol has seen it fixed). With the
   * hazards' states (the store adds them) this decides whether the flag is still open.
   */
  stillFound: boolean;
  /**
   * The hazards the flagged patrols recorded for this code: where a patrol's hazard categories line up with its
   * hazard ids (one category per hazard), those of this code; otherwise all of that patrol's hazards.
   */
  hazardIds: string[];
}

/** A patrol's hazards of `code`: by position when each hazard has its category, else all of them. */
export function hazardsOfCode(patrol: FindingPatrol, code: string): readonly string[] {
  if (patrol.hazardIds.length !== patrol.hazardCategories.length) return patrol.hazardIds;
  return patrol.hazardIds.filter((_id, i) => patrol.hazardCategories[i] === code);
}

interface Group {
  enterprise: FindingPatrol;
  code: string;
  item: boolean;
  patrols: FindingPatrol[];
}

/**
 * The flags among `patrols` (any order) whose patrols fall in the 90 days ending `today`: newest last patrol
 * first, then by enterprise and code, so the list reads the same on every request.
 */
export function repeatedFindings(patrols: readonly FindingPatrol[], today: string): RepeatedFinding[] {
  const from = windowStart(today);
  const inWindow = patrols
    .map((patrol) => ({ patrol, day: businessDay(new Date(patrol.at)) }))
    .filter(({ day }) => day >= from && day <= today)
    .sort(
      (a, b) => a.patrol.at.localeCompare(b.patrol.at) || a.patrol.patrolId.localeCompare(b.patrol.patrolId),
    );
  const groups = new Map<string, Group>();
  const latest = new Map<string, FindingPatrol>();
  for (const { patrol } of inWindow) {
    latest.set(patrol.enterpriseId, patrol);
    const failed = new Set(patrol.failedItemIds);
    // an uncategorised hazard (no item, no major category) says nothing about what was found: two such
    // hazards of one enterprise are not "the same hazard category found again"
    const categories = patrol.hazardCategories.filter((code) => code !== UNCATEGORISED_HAZARD);
    for (const code of new Set([...patrol.failedItemIds, ...categories])) {
      const key = `${patrol.enterpriseId}:${code}`;
      const group = groups.get(key) ?? { enterprise: patrol, code, item: false, patrols: [] };
      group.item ||= failed.has(code);
      group.patrols.push(patrol);
      groups.set(key, group);
    }
  }
  const flags: RepeatedFinding[] = [];
  for (const [id, group] of groups) {
    if (group.patrols.length < REPEAT_MIN_PATROLS) continue;
    const last = group.patrols[group.patrols.length - 1] as FindingPatrol;
    const first = group.patrols[0] as FindingPatrol;
    flags.push({
      id,
      enterpriseId: last.enterpriseId,
      districtId: last.districtId,
      townId: last.townId,
      gridId: last.gridId,
      code: group.code,
      kind: group.item ? 'item' : 'category',
      patrols: group.patrols.map((p) => ({
        patrolId: p.patrolId,
        day: businessDay(new Date(p.at)),
        at: p.at,
      })),
      count: group.patrols.length,
      firstDay: businessDay(new Date(first.at)),
      lastDay: businessDay(new Date(last.at)),
      stillFound: latest.get(last.enterpriseId)?.patrolId === last.patrolId,
      hazardIds: [...new Set(group.patrols.flatMap((p) => hazardsOfCode(p, group.code)))],
    });
  }
  return flags.sort(
    (a, b) =>
      b.lastDay.localeCompare(a.lastDay) ||
      a.enterpriseId.localeCompare(b.enterpriseId) ||
      a.code.localeCompare(b.code),
  );
}
