import { createHash } from 'node:crypto';
import { addDays, businessDay, now } from '#functions/platform/clock';
import { districtIds } from '#functions/platform/districts';

/** Bump when the demo campaigns change shape. Kept in the risk seed's marker entity, under its own version. */
const CAMPAIGN_SEED_VERSION = 'campaigns-1';

export interface CampaignSeedSummary {
  skipped: boolean;
  campaigns: number;
  targets: number;
  submitted: number;
  seconds: number;
}

const ITEMS = {
  finished: [
    '主要负责人、安全管理人员按规定参加安全培训并考核合格',
    '特种作业人员持证上岗，证件在有效期内',
    '安全出口、疏散通道畅通，未被占用或锁闭',
    '消防器材配置齐全并在检验有效期内',
    '有限空间作业实行审批并落实“先通风、再检测、后作业”',
  ],
  running: [
    '冬季取暖设备与电气线路无私拉乱接',
    '易燃可燃物料远离热源存放',
    '微型消防站人员、器材落实到位',
    '应急预案已修订并组织演练',
  ],
};

/** A fixed share of the enterprises, chosen by their id (the same on every run). */
const share = (id: string, salt: string, percent: number) =>
  (createHash('sha256').update(`${salt}\n${id}`).digest().readUInt32BE(0) % 10_000) / 100 < percent;

/**
 * Seeds two 自查清单 into a seeded city, once: a finished one (三季度, sent to every enterprise in production,
 * answered by about 90.87 % of them as in the seed report) and a running one (冬季消防, about 40 % so far, ten
 * days to go). Targets, answers and counters are written straight (campaigns' putCampaignForSeed); no SMS,
 * no hazards. A complete run is skipped.
 */
export async function seedCampaignData(options: { at?: Date } = {}): Promise<CampaignSeedSummary> {
  const began = performance.now();
  const at = options.at ?? now();
  const { demoRiskSeed: marker } = await import('./risk-marker');
  const { data } = await marker.get({ seedVersion: CAMPAIGN_SEED_VERSION }).go({ consistent: true });
  const summary: CampaignSeedSummary = { skipped: false, campaigns: 0, targets: 0, submitted: 0, seconds: 0 };
  if (data?.complete) return { ...summary, skipped: true };
  const { listEnterpriseCensus, principalContacts } = await import('#functions/enterprises/index');
  const { putCampaignForSeed } = await import('#functions/campaigns/index');
  const rows = (await Promise.all(districtIds.map((id) => listEnterpriseCensus(id))))
    .flat()
    .filter((row) => row.status === '正常生产');
  const names = await principalContacts(rows.map((row) => row.id));
  const today = businessDay(at);
  const plans = [
    {
      key: 'finished',
      title: '2026年三季度工贸企业安全生产自查清单',
      sentDaysAgo: 75,
      deadlineIn: -45,
      percent: 90.87,
    },
    { key: 'running', title: '冬季消防安全专项自查清单', sentDaysAgo: 5, deadlineIn: 10, percent: 40 },
  ] as const;
  for (const [index, plan] of plans.entries()) {
    const sentAt = new Date(at.getTime() - plan.sentDaysAgo * 86_400_000).toISOString();
    const campaignId = `01SEEDCAMPAIGN${String(index + 1).padStart(12, '0')}`;
    const items = ITEMS[plan.key].map((text, n) => ({ itemId: `item-${n + 1}`, text }));
    const targets = rows.map((row) => {
      const answered = share(row.id, plan.key, plan.percent);
      const fails = share(row.id, `${plan.key}-fail`, 8);
      return {
        enterpriseId: row.id,
        enterpriseName: names.get(row.id)?.enterpriseName ?? row.id,
        districtId: row.districtId,
        townId: row.townId,
        ...(row.gridId ? { gridId: row.gridId } : {}),
        ...(answered
          ? {
              submitted: {
                at: new Date(Date.parse(sentAt) + 2 * 86_400_000).toISOString(),
                by: 'seed',
                byName: names.get(row.id)?.name ?? '企业负责人',
                results: items.map((_, n) => (fails && n === 3 ? ('fail' as const) : ('pass' as const))),
              },
            }
          : {}),
      };
    });
    await putCampaignForSeed({
      campaign: {
        campaignId,
        title: plan.title,
        items,
        filter: { status: '正常生产' },
        deadline: addDays(today, plan.deadlineIn),
        reminderDays: 3,
        createdBy: 'seed',
        createdByName: '常州市应急管理局',
        senderRole: 'cityAdmin',
        createdAt: sentAt,
        updatedAt: sentAt,
      },
      targets,
      sentAt,
    });
    summary.campaigns += 1;
    summary.targets += targets.length;
    summary.submitted += targets.filter((target) => target.submitted).length;
  }
  const stamp = now().toISOString();
  await marker
    .put({
      seedVersion: CAMPAIGN_SEED_VERSION,
      anchor: at.toISOString(),
      secret: '-',
      phasesDone: ['campaigns'],
      complete: true,
      updatedAt: stamp,
    })
    .go();
  return { ...summary, seconds: (performance.now() - began) / 1000 };
}

/** One log line of a summary (none for a complete earlier run). */
export const campaignSeedLine = (summary: CampaignSeedSummary) =>
  summary.skipped
    ? undefined
    : `seeded ${summary.campaigns} self-check campaigns, ${summary.targets} targets, ${summary.submitted} answered in ${summary.seconds.toFixed(1)} s`;

/** `npm start`'s way: after the other demo data. A failure is logged, never thrown. */
export async function seedCampaignsInBackground(log: (line: string) => void): Promise<void> {
  try {
    const line = campaignSeedLine(await seedCampaignData());
    if (line) log(line);
  } catch (error) {
    log(`demo campaign data stopped: ${error instanceof Error ? error.message : String(error)}`);
  }
}
