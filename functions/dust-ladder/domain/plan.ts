import type { LadderSite } from '#functions/dust-ladder/domain/site';
import { type Streak, stepsAt, URGE_DAY, VERIFY_DAY } from '#functions/dust-ladder/domain/streak';
import type { EnqueueInput } from '#functions/messages/index';
import { addDays, businessDayBounds } from '#functions/platform/clock';
import type { NewTask } from '#functions/tasks/index';

export const LADDER_JOB = 'job:dust-ladder';

/** Whom the urge and the verification SMS go to: the enterprise's principal (主要负责人). */
export interface PrincipalContact {
  name?: string;
  phone?: string;
}

export interface SmsRequest {
  key: string;
  input: EnqueueInput;
}

export interface SitePlan {
  sms: SmsRequest[];
  tasks: NewTask[];
  /** SMS the plan would send but cannot: no phone on the site or the principal. */
  noPhone: number;
  /**
   * The keys (SMS and tasks) no earlier day's run can have asked for: today's remind, the urge on the streak's
   * 3rd day and the verification on its 7th. On a period's first attempt they need no pre-read.
   */
  askedFirstToday: string[];
}

/** The idempotency keys (contract.md): one remind a site and day, one urge and one verify a streak. */
export const ladderKeys = {
  remind: (siteId: string, day: string) => `dust-remind#${siteId}#${day}`,
  urge: (siteId: string, streakStart: string) => `dust-urge#${siteId}#${streakStart}`,
  verify: (siteId: string, streakStart: string) => `dust-verify#${siteId}#${streakStart}`,
};

/** Template params keep to 40 characters; a longer site name is cut with an ellipsis. */
const short = (name: string) => {
  const chars = [...name.trim()];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : chars.join('');
};

function sms(
  key: string,
  phone: string | undefined,
  input: Omit<EnqueueInput, 'recipient' | 'enqueuedBy'>,
  name?: string,
) {
  if (!phone) return null;
  return {
    key,
    input: { ...input, recipient: { phone, ...(name ? { name } : {}) }, enqueuedBy: LADDER_JOB },
  };
}

/**
 * What the ladder asks for one site on `today` with streak `streak`: a remind (k ≥ 1) to the dust contact, an
 * urge (k ≥ 3: SMS to the principal + a town task) and a verification (k ≥ 7: a district task + urgent SMS to
 * the principal). Every later run of the same streak asks again with the same keys, which create nothing.
 */
export function planSite(
  site: LadderSite,
  streak: Streak,
  today: string,
  principal?: PrincipalContact,
): SitePlan {
  const plan: SitePlan = { sms: [], tasks: [], noPhone: 0, askedFirstToday: [] };
  if (!streak.start) return plan;
  const steps = stepsAt(streak.k);
  const concerns = { entity: 'dustSite', id: site.siteId };
  const common = { concerns, districtId: site.districtId };
  const subject = { enterpriseId: site.enterpriseId, siteId: site.siteId, siteName: short(site.name) };
  const since = streak.start;
  const add = (request: SmsRequest | null) => {
    if (request) plan.sms.push(request);
    else plan.noPhone += 1;
  };
  if (steps.remind) plan.askedFirstToday.push(ladderKeys.remind(site.siteId, today));
  if (streak.k === URGE_DAY) plan.askedFirstToday.push(ladderKeys.urge(site.siteId, since));
  if (streak.k === VERIFY_DAY) plan.askedFirstToday.push(ladderKeys.verify(site.siteId, since));
  if (steps.remind)
    add(
      sms(ladderKeys.remind(site.siteId, today), site.contactPhone, {
        template: 'dustRemind',
        params: { site: short(site.name), date: today },
        ...common,
      }),
    );
  if (steps.urge) {
    add(
      sms(
        ladderKeys.urge(site.siteId, since),
        principal?.phone,
        { template: 'dustUrge', params: { site: short(site.name), since }, ...common },
        principal?.name,
      ),
    );
    plan.tasks.push({
      taskKey: ladderKeys.urge(site.siteId, since),
      kind: 'dustUrge',
      title: `督促粉尘清扫上报：${short(site.name)}（自${since}起连续未上报）`,
      detail: `场所“${site.name}”（${site.location}）自${since}起连续${streak.k}天未完成粉尘清扫拍照上报，请督促企业整改并上报。`,
      assignee: { level: 'town', districtId: site.districtId, townId: site.townId },
      subject,
      dueAt: businessDayBounds(addDays(today, 1)).last.toISOString(),
    });
  }
  if (steps.verify) {
    add(
      sms(
        ladderKeys.verify(site.siteId, since),
        principal?.phone,
        { template: 'dustVerify', params: { site: short(site.name), since }, urgent: true, ...common },
        principal?.name,
      ),
    );
    plan.tasks.push({
      taskKey: ladderKeys.verify(site.siteId, since),
      kind: 'dustVerify',
      title: `粉尘清扫现场核查：${short(site.name)}（自${since}起连续未上报）`,
      detail: `场所“${site.name}”（${site.location}）自${since}起连续${streak.k}天未完成粉尘清扫拍照上报，已提醒并督促，请安排现场核查并记录结果和照片。`,
      assignee: { level: 'district', districtId: site.districtId, townId: site.townId },
      subject,
      dueAt: businessDayBounds(addDays(today, 3)).last.toISOString(),
      urgent: true,
    });
  }
  return plan;
}
