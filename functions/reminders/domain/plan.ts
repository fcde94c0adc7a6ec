import {
  escalatesHazard,
  escalatesPoint,
  hazardStage,
  isOverdueAt,
  type PointLevel,
  pointLevels,
  type ReminderHazard,
  type ReminderPoint,
} from '#functions/reminders/domain/rules';

/** One enterprise's overdue points at the run's instant: how many and the worst level. */
export interface EnterpriseDigest {
  enterpriseId: string;
  enterpriseName: string;
  districtId: string;
  count: number;
  worst: PointLevel;
}

/** What a town's officers hear: escalated items and the enterprises they belong to. */
export interface TownEscalation {
  townId: string;
  districtId: string;
  count: number;
  enterprises: number;
}

export interface HazardReminder {
  hazard: ReminderHazard;
  stage: 'dueTomorrow' | 'pastDeadline';
}

/** Accumulates pages of overdue points (the read streams them; only these aggregates stay in memory). */
export function pointTally(at: Date) {
  const digests = new Map<string, EnterpriseDigest>();
  const towns = new Map<string, { districtId: string; count: number; enterprises: Set<string> }>();
  const worse = (a: PointLevel, b: PointLevel) => (pointLevels.indexOf(a) <= pointLevels.indexOf(b) ? a : b);
  return {
    add(points: readonly ReminderPoint[]): void {
      for (const point of points) {
        if (!isOverdueAt(point, at)) continue;
        const digest = digests.get(point.enterpriseId);
        if (digest) {
          digest.count += 1;
          digest.worst = worse(digest.worst, point.level);
        } else {
          const { enterpriseId, enterpriseName, districtId, level } = point;
          digests.set(enterpriseId, { enterpriseId, enterpriseName, districtId, count: 1, worst: level });
        }
        if (!escalatesPoint(point, at)) continue;
        const town = towns.get(point.townId) ?? {
          districtId: point.districtId,
          count: 0,
          enterprises: new Set(),
        };
        town.count += 1;
        town.enterprises.add(point.enterpriseId);
        towns.set(point.townId, town);
      }
    },
    digests: (): EnterpriseDigest[] => [...digests.values()],
    towns: (): TownEscalation[] => escalations(towns),
  };
}

const escalations = (towns: Map<string, { districtId: string; count: number; enterprises: Set<string> }>) =>
  [...towns].map(([townId, town]) => ({
    townId,
    districtId: town.districtId,
    count: town.count,
    enterprises: town.enterprises.size,
  }));

/** The hazards that remind their enterprise today, and the towns whose officers hear of the > 7-day ones. */
export function planHazards(
  hazards: readonly ReminderHazard[],
  at: Date,
): { reminders: HazardReminder[]; towns: TownEscalation[] } {
  const reminders: HazardReminder[] = [];
  const towns = new Map<string, { districtId: string; count: number; enterprises: Set<string> }>();
  for (const hazard of hazards) {
    const stage = hazardStage(hazard, at);
    if (stage === 'none') continue;
    reminders.push({ hazard, stage });
    if (stage !== 'pastDeadline' || !escalatesHazard(hazard, at)) continue;
    const town = towns.get(hazard.townId) ?? {
      districtId: hazard.districtId,
      count: 0,
      enterprises: new Set(),
    };
    town.count += 1;
    town.enterprises.add(hazard.enterpriseId);
    towns.set(hazard.townId, town);
  }
  return { reminders, towns: escalations(towns) };
}
