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

/**
 * The outbox requests of one run, with their idempotency keys: per enterprise, hazard or town officer and
 * Asia/Shanghai day, so a repeated run of the day (a takeover after a crash) enqueues nothing new. Someone
 * without a phone gets nothing (counted by the caller as `noPhone`).
 */
export function reminderMessages(
  plan: {
    digests: readonly EnterpriseDigest[];
    hazards: readonly HazardReminder[];
    pointTowns: readonly TownEscalation[];
    hazardTowns: readonly TownEscalation[];
  },
  recipients: Recipients,
  at: Date,
): { requests: OutboxRequest[]; noPhone: number } {
  const day = businessDay(at);
  const requests: OutboxRequest[] = [];
  let noPhone = 0;
  for (const digest of plan.digests) {
    const contact = recipients.enterprise(digest.enterpriseId);
    if (!contact?.phone) {
      noPhone += 1;
      continue;
    }
    requests.push({
      key: `reminders#digest#${digest.enterpriseId}#${day}`,
      input: {
        template: 'riskOverdueDigest',
        params: { count: digest.count, worstLevel: pointLevelLabels[digest.worst] },
        recipient: { phone: contact.phone, ...(contact.person ? { name: contact.person } : {}) },
        enqueuedBy: BY,
        concerns: { entity: 'enterprise', id: digest.enterpriseId },
        districtId: digest.districtId,
      },
    });
  }
  for (const { hazard, stage } of plan.hazards) {
    const contact = recipients.enterprise(hazard.enterpriseId);
    if (!contact?.phone) {
      noPhone += 1;
      continue;
    }
    const params = {
      enterprise: contact.name,
      hazard: shortText(hazard.description),
      deadline: businessDay(new Date(hazard.deadline)),
    };
    requests.push({
      key: `reminders#${stage === 'dueTomorrow' ? 'hazard-due' : 'hazard-past'}#${hazard.hazardId}#${day}`,
      input: {
        template: stage === 'dueTomorrow' ? 'hazardDeadline' : 'hazardOverdue',
        params,
        recipient: { phone: contact.phone, ...(contact.person ? { name: contact.person } : {}) },
        enqueuedBy: BY,
        concerns: { entity: 'hazard', id: hazard.hazardId },
        districtId: hazard.districtId,
      },
    });
  }
  const towns = [
    ...plan.pointTowns.map((town) => ({
      town,
      kind: 'town-points',
      template: 'townRiskEscalation' as const,
    })),
    ...plan.hazardTowns.map((town) => ({
      town,
      kind: 'town-hazards',
      template: 'townHazardEscalation' as const,
    })),
  ];
  for (const { town, kind, template } of towns) {
    const officers = recipients.officers(town.townId);
    if (officers.length === 0) noPhone += 1;
    for (const officer of officers)
      requests.push({
        key: `reminders#${kind}#${town.townId}#${officer.userId}#${day}`,
        input: {
          template,
          params: {
            town: recipients.townName(town.townId) ?? '本镇（街道）',
            count: town.count,
            enterprises: town.enterprises,
          },
          recipient: { userId: officer.userId, name: officer.name, phone: officer.phone },
          enqueuedBy: BY,
          concerns: { entity: 'town', id: town.townId },
          districtId: town.districtId,
        },
      });
  }
  return { requests, noPhone };
}
