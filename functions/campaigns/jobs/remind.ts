import { reminderDue } from '#functions/campaigns/domain/deadline';
import { phoneLink, reminderKey } from '#functions/campaigns/domain/keys';
import { campaignsIn, notDoneTargets } from '#functions/campaigns/store/open-campaigns';
import type { CampaignItem } from '#functions/campaigns/store/views';
import { reminderContacts } from '#functions/enterprises/index';
import { type EnqueueEntry, enqueueAll } from '#functions/messages/index';
import { businessDay } from '#functions/platform/clock';
import { districtIds } from '#functions/platform/districts';
import { consoleOrigin } from '#functions/platform/env';
import { jobHandler } from '#functions/platform/jobs/job';
import { logger } from '#functions/platform/logger';

const BATCH = 500;

/** One campaign's reminders: its not-done targets, district by district, each reminded once (its message key). */
async function remindCampaign(item: CampaignItem, at: Date): Promise<{ targets: number; created: number }> {
  let [targets, created] = [0, 0];
  for (const districtId of districtIds) {
    const ids = await notDoneTargets(item.campaignId, districtId);
    targets += ids.length;
    for (let start = 0; start < ids.length; start += BATCH) {
      const batch = ids.slice(start, start + BATCH);
      const contacts = await reminderContacts(batch);
      const entries: EnqueueEntry[] = batch.flatMap((enterpriseId) => {
        const contact = contacts.get(enterpriseId);
        if (!contact?.phone) return [];
        return [
          {
            key: reminderKey(item.campaignId, enterpriseId),
            input: {
              template: 'selfCheckRemind' as const,
              params: {
                campaign: item.title,
                deadline: item.deadline,
                link: phoneLink(consoleOrigin(), item.campaignId),
              },
              recipient: { phone: contact.phone, ...(contact.person ? { name: contact.person } : {}) },
              enqueuedBy: 'job:campaign-remind',
              concerns: { entity: 'campaign', id: item.campaignId },
              districtId,
            },
          },
        ];
      });
      created += (await enqueueAll(entries, at)).size;
    }
  }
  return { targets, created };
}

/**
 * 催报: from `reminderDays` days before a sent campaign's deadline to the deadline, those not done get one
 * reminder (the key is per campaign and enterprise, so the daily runs after the first add only the late
 * targets' none). The job's run item makes it once per day.
 */
export async function remindCampaigns(at: Date) {
  const today = businessDay(at);
  let items = 0;
  for (const item of await campaignsIn('sent')) {
    if (!reminderDue(item.deadline, item.reminderDays, today)) continue;
    const result = await remindCampaign(item, at);
    items += result.targets;
    logger.info('campaign reminders', { campaignId: item.campaignId, ...result });
  }
  return { items };
}

export const handler = jobHandler('campaign-remind', {
  periodKey: businessDay,
  run: async ({ at }) => remindCampaigns(at),
});
