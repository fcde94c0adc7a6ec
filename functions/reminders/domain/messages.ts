import type { EnqueueInput } from '#functions/messages/index';
import { businessDay } from '#functions/platform/clock';
import type { EnterpriseDigest, HazardReminder, TownEscalation } from '#functions/reminders/domain/plan';
import { pointLevelLabels } from '#functions/reminders/domain/rules';

/** The phones the job found: an enterprise's reminder contact, a town's officers, a town's name. */
export interface Recipients {
  enterprise: (enterpriseId: string) => { name: string; person?: string; phone?: string } | undefined;
  officers: (townId: string) => readonly { userId: string; name: string; phone: string }[];
  townName: (townId: string) => string | undefined;
}

export interface OutboxRequest {
  key: string;
  input: EnqueueInput;
}

const BY = 'job:reminders';
/** A hazard's description in a text: at most 20 characters (the template allows 40; the SMS stays short). */
const shortText = (text: string) => {
  const chars = [...text.trim()];
  return chars.length > 20 ? `${chars.slice(0, 19).join('')}…` : chars.join('');
};

/** What one run found to remind, before recipients are looked up. */
export interface DayPlan {
  digests: readonly EnterpriseDigest[];
  hazards: readonly HazardReminder[];
  pointTowns: readonly TownEscalation[];
  hazardTowns: readonly TownEscalation[];
}

type Contact = { name: string; person?: string; phone?: string } | undefined;
const recipientOf = (contact: Contact & { phone: string }) => ({
  phone: contact.phone,
  ...(contact.person ? { name: contact.person } : {}),
});

function digestRequest(digest: EnterpriseDigest, contact: Contact, day: string): OutboxRequest | null {
  if (!contact?.phone) return null;
  return {
    key: `reminders#digest#${digest.enterpriseId}#${day}`,
    input: {
      template: 'riskOverdueDigest',
      params: { count: digest.count, worstLevel: pointLevelLabels[digest.worst] },
      recipient: recipientOf({ ...contact, phone: contact.phone }),
      enqueuedBy: BY,
      concerns: { entity: 'enterprise', id: digest.enterpriseId },
      districtId: digest.districtId,
    },
  };
}

function hazardRequest(
  { hazard, stage }: HazardReminder,
  contact: Contact,
  day: string,
): OutboxRequest | null {
  if (!contact?.phone) return null;
  const due = stage === 'dueTomorrow';
  return {
    key: `reminders#${due ? 'hazard-due' : 'hazard-past'}#${hazard.hazardId}#${day}`,
    input: {
      template: due ? 'hazardDeadline' : 'hazardOverdue',
      params: {
        enterprise: contact.name,
        hazard: shortText(hazard.description),
        deadline: businessDay(new Date(hazard.deadline)),
      },
      recipient: recipientOf({ ...contact, phone: contact.phone }),
      enqueuedBy: BY,
      concerns: { entity: 'hazard', id: hazard.hazardId },
      districtId: hazard.districtId,
    },
  };
}

function townRequests(
  town: TownEscalation,
  kind: 'town-points' | 'town-hazards',
  recipients: Recipients,
  day: string,
): OutboxRequest[] {
  const template = kind === 'town-points' ? 'townRiskEscalation' : 'townHazardEscalation';
  const params = {
    town: recipients.townName(town.townId) ?? '本镇（街道）',
    count: town.count,
    enterprises: town.enterprises,
  };
  return recipients.officers(town.townId).map((officer) => ({
    key: `reminders#${kind}#${town.townId}#${officer.userId}#${day}`,
    input: {
      template,
      params,
      recipient: { userId: officer.userId, name: officer.name, phone: officer.phone },
      enqueuedBy: BY,
      concerns: { entity: 'town', id: town.townId },
      districtId: town.districtId,
    },
  }));
}

/**
 * The outbox requests of one run, with their idempotency keys: per enterprise, hazard or town officer and
 * Asia/Shanghai day, so a repeated run of the day (a takeover after a crash) enqueues nothing new. Someone
 * without a phone gets nothing: `noPhone` counts enterprises without a phone and towns without an officer.
 */
export function reminderMessages(
  plan: DayPlan,
  recipients: Recipients,
  at: Date,
): { requests: OutboxRequest[]; noPhone: number } {
  const day = businessDay(at);
  const enterprise = (id: string) => recipients.enterprise(id);
  const single = [
    ...plan.digests.map((digest) => digestRequest(digest, enterprise(digest.enterpriseId), day)),
    ...plan.hazards.map((reminder) => hazardRequest(reminder, enterprise(reminder.hazard.enterpriseId), day)),
  ];
  const towns = [
    ...plan.pointTowns.map((town) => townRequests(town, 'town-points', recipients, day)),
    ...plan.hazardTowns.map((town) => townRequests(town, 'town-hazards', recipients, day)),
  ];
  const requests = [...single.filter((r): r is OutboxRequest => r !== null), ...towns.flat()];
  const noPhone = single.filter((r) => r === null).length + towns.filter((list) => list.length === 0).length;
  return { requests, noPhone };
}
