import type { AuditRecord } from '#functions/platform/audit/record';
import type { Principal } from '#functions/platform/principal';
import type { AgencyPlan, PlannedDeduction } from './agency-plan';
import { DEMO_AGENCY, demoRules } from './agency-roster';

/** The demo agency user (中介机构用户) of the demo agency, with the demo password. */
export const DEMO_AGENCY_USERNAME = 'agency.demo';

export interface AgencySeedSummary {
  skipped: boolean;
  agencies: number;
  deductions: number;
  appeals: number;
  notices: number;
  demoAgencyName: string;
  seconds: number;
}

/** An instant of a Beijing business day: `hour`:00 +08:00. */
const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

const issuerPrincipal = (issuer: string): Principal =>
  issuer === 'city'
    ? { userId: 'seed', username: 'seed', name: '演示数据', role: 'cityAdmin' }
    : {
        userId: `seed-${issuer}`,
        username: `${issuer}.admin`,
        name: '演示数据',
        role: 'districtAdmin',
        districtId: issuer,
      };

/** The audit entry a call through the API would have left (the seed's writes are the demo's history). */
async function audit(record: AuditRecord, principal: Principal, when: Date, routeKey: string) {
  const { auditEntryOf } = await import('#functions/platform/audit/entry');
  const { appendAuditEntry } = await import('#functions/platform/audit/append');
  const { newId } = await import('#functions/platform/ids');
  await appendAuditEntry(
    auditEntryOf(record, principal, { entryId: newId(when), at: when, requestId: 'seed', routeKey }),
  );
}

/** The rules, the agencies and the demo agency user: direct writes (the demo's starting point). */
async function writeRegistry(plan: AgencyPlan, passwordHash: string) {
  const { putAgencyForSeed, putRuleForSeed } = await import('#functions/agencies/index');
  const { insertUser } = await import('#functions/identity/store/users');
  const { newId } = await import('#functions/platform/ids');
  const since = at(`${Number(plan.today.slice(0, 4)) - 2}-01-05`, 9);
  for (const rule of demoRules)
    await putRuleForSeed({
      ...rule,
      active: true,
      updatedBy: 'seed',
      createdAt: since.toISOString(),
      updatedAt: since.toISOString(),
    });
  const ids = new Map<number, string>();
  for (const agency of plan.agencies) {
    const agencyId = newId(since);
    ids.set(agency.key, agencyId);
    const { key: _key, ...fields } = agency;
    await putAgencyForSeed({
      ...fields,
      agencyId,
      createdAt: since.toISOString(),
      updatedAt: since.toISOString(),
    });
  }
  const demoAgencyId = ids.get(DEMO_AGENCY) as string;
  const account = await insertUser(
    {
      username: DEMO_AGENCY_USERNAME,
      name: '演示机构联系人',
      role: 'agencyUser',
      agencyId: demoAgencyId,
      isPrincipal: false,
      disabled: false,
      mustChangePassword: false,
      passwordHash,
    },
    since,
  );
  return { ids, demoUser: account };
}

/** Each deduction at 10:00 of its day, through the store (counters and all), then its appeal and outcome. */
async function writeDeductions(plan: AgencyPlan, ids: Map<number, string>, demoUserId: string) {
  const { createDeduction, revokeDeduction } = await import('#functions/agency-deductions/store/deductions');
  const { createAppeal, decideAppeal } = await import('#functions/agency-deductions/store/appeals');
  const deductionIds = new Map<number, string>();
  const agencyPrincipal = (d: PlannedDeduction): Principal => ({
    userId: d.agency === DEMO_AGENCY ? demoUserId : `seed-agency-${d.agency}`,
    username: d.agency === DEMO_AGENCY ? DEMO_AGENCY_USERNAME : `seed-agency-${d.agency}`,
    name: '机构联系人',
    role: 'agencyUser',
    agencyId: ids.get(d.agency) as string,
  });
  let appeals = 0;
  for (const d of plan.deductions) {
    const input = {
      agencyId: ids.get(d.agency) as string,
      ruleCode: d.ruleCode,
      points: d.points,
      reason: d.reason,
      date: d.date,
      evidenceIds: [],
    };
    const when = at(d.date, 10);
    const written = await createDeduction(issuerPrincipal(d.issuer), input, when);
    await audit(written.audit, issuerPrincipal(d.issuer), when, 'POST /api/agency-deductions');
    deductionIds.set(d.key, written.item.deductionId);
  }
  for (const d of plan.deductions) {
    const deductionId = deductionIds.get(d.key) as string;
    const issuer = issuerPrincipal(d.issuer);
    if (d.revoke) {
      const when = at(d.revoke.day, 15);
      const revoked = await revokeDeduction(issuer, deductionId, d.revoke.reason, when);
      await audit(revoked.audit, issuer, when, 'POST /api/agency-deductions/{id}/revoke');
    }
    if (!d.appeal) continue;
    appeals += 1;
    const agency = agencyPrincipal(d);
    const filedAt = at(d.appeal.day, 11);
    const filed = await createAppeal(
      agency,
      deductionId,
      { statement: d.appeal.statement, evidenceIds: [] },
      filedAt,
    );
    await audit(filed.audit, agency, filedAt, 'POST /api/agency-deductions/{id}/appeal');
    const { decision } = d.appeal;
    if (!decision) continue;
    const decidedAt = at(decision.day, 16);
    const decided = await decideAppeal(
      issuer,
      filed.item.appealId,
      { outcome: decision.outcome, reason: decision.reason },
      decidedAt,
    );
    await audit(decided.audit, issuer, decidedAt, 'POST /api/agency-appeals/{id}/decide');
  }
  return { deductionIds, appeals };
}

/** The notices: created on their publishing day (drafts today) and published then. */
async function writeNotices(plan: AgencyPlan, deductionIds: Map<number, string>) {
  const { createNotice, publishNotice } = await import('#functions/agency-notices/store/notices');
  for (const notice of plan.notices) {
    const day = notice.publishDay ?? plan.today;
    const principal = issuerPrincipal(notice.issuer);
    const created = await createNotice(
      principal,
      {
        title: notice.title,
        body: notice.body,
        deductionIds: notice.deductions.map((key) => deductionIds.get(key) as string),
      },
      at(day, 9),
    );
    await audit(created.audit, principal, at(day, 9), 'POST /api/agency-notices');
    if (!notice.publishDay) continue;
    const published = await publishNotice(principal, created.notice.noticeId, at(day, 17));
    await audit(published.audit, principal, at(day, 17), 'POST /api/agency-notices/{id}/publish');
  }
}

/** Writes the plan: registry first, then a year of deductions, appeals and notices (about 20 s at 500 deductions). */
export async function writeAgencyData(plan: AgencyPlan, passwordHash: string): Promise<AgencySeedSummary> {
  const started = performance.now();
  const { ids, demoUser } = await writeRegistry(plan, passwordHash);
  const { deductionIds, appeals } = await writeDeductions(plan, ids, demoUser.userId);
  await writeNotices(plan, deductionIds);
  return {
    skipped: false,
    agencies: plan.agencies.length,
    deductions: plan.deductions.length,
    appeals,
    notices: plan.notices.length,
    demoAgencyName: plan.agencies[DEMO_AGENCY]?.name ?? '',
    seconds: (performance.now() - started) / 1000,
  };
}
