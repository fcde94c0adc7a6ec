import { reminderContacts } from '#functions/enterprises/index';
import { openHazardsDueBefore } from '#functions/hazards/index';
import { townOfficerContacts } from '#functions/identity/index';
import { loadOrgRefs } from '#functions/org/index';
import { mapLimit } from '#functions/platform/concurrency';
import { districtIds } from '#functions/platform/districts';
import type { Recipients } from '#functions/reminders/domain/messages';
import {
  type HazardReminder,
  planHazards,
  pointTally,
  type TownEscalation,
} from '#functions/reminders/domain/plan';
import { hazardReadUntil, pointLevels, type ReminderHazard } from '#functions/reminders/domain/rules';
import { overduePointsForReminders } from '#functions/risk-points/index';

/**
 * Everything the reminders job reads, each through a key condition: the overdue active points of every
 * district and level (gsi3 `nextDueAt < at`), the OPEN hazards due before the day after tomorrow (gsi1 range),
 * then only for the enterprises and towns that have something: contacts (batched gets), town officers (gsi3 of
 * users per town) and town names (batched gets). No scan, no filter-only read.
 */
export async function readReminderState(at: Date) {
  const tally = pointTally(at);
  let pointsRead = 0;
  const walks = districtIds.flatMap((districtId) => pointLevels.map((level) => ({ districtId, level })));
  await mapLimit(walks, 4, async ({ districtId, level }) => {
    for await (const page of overduePointsForReminders(districtId, level, at)) {
      pointsRead += page.length;
      tally.add(page);
    }
  });
  const hazards: ReminderHazard[] = [];
  await mapLimit(districtIds, 4, async (districtId) => {
    for await (const page of openHazardsDueBefore(districtId, hazardReadUntil(at))) hazards.push(...page);
  });
  const hazardPlan = planHazards(hazards, at);
  return {
    plan: {
      digests: tally.digests(),
      hazards: hazardPlan.reminders,
      pointTowns: tally.towns(),
      hazardTowns: hazardPlan.towns,
    },
    read: { points: pointsRead, hazards: hazards.length },
  };
}

/** The phones of the enterprises and towns a plan names, read once each. */
export async function readRecipients(plan: {
  digests: readonly { enterpriseId: string }[];
  hazards: readonly HazardReminder[];
  pointTowns: readonly TownEscalation[];
  hazardTowns: readonly TownEscalation[];
}): Promise<Recipients> {
  const enterpriseIds = new Set([
    ...plan.digests.map((digest) => digest.enterpriseId),
    ...plan.hazards.map(({ hazard }) => hazard.enterpriseId),
  ]);
  const townIds = [...new Set([...plan.pointTowns, ...plan.hazardTowns].map((town) => town.townId))];
  const [contacts, officerLists, directory] = await Promise.all([
    reminderContacts(enterpriseIds),
    mapLimit(townIds, 8, townOfficerContacts),
    loadOrgRefs({ townIds, gridIds: [] }),
  ]);
  const officers = new Map(townIds.map((townId, index) => [townId, officerLists[index] ?? []]));
  return {
    enterprise: (id) => contacts.get(id),
    officers: (townId) => officers.get(townId) ?? [],
    townName: (townId) => directory.town(townId)?.name,
  };
}
