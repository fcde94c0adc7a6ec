import { districts } from '#functions/platform/districts';
import { forEachLimit } from './pool';
import type { Reviewer } from './risk-items';
import { type DemoEnterprise, demoUlid } from './risk-plan';

/** ElectroDB batch puts (25 a request, a few requests at once) until nothing is left unprocessed. */
export async function writeBatch<T extends Record<string, unknown>>(
  entity: {
    put: (items: T[]) => { go: (options: { concurrency: number }) => Promise<{ unprocessed: unknown[] }> };
  },
  items: T[],
  key: keyof T & string,
): Promise<void> {
  if (items.length === 0) return;
  const { batchUntilDone } = await import('#functions/platform/text-index/batches');
  await batchUntilDone(
    items,
    (batch) => entity.put(batch).go({ concurrency: 4 }),
    (value) => String((value as Record<string, unknown>)[key]),
  );
}

/** The 安全员 account's username of an enterprise: its principal's (`e` + credit code) with `.aq`. */
export const safetyUsername = (creditCode: string) => `e${creditCode.toLowerCase()}.aq`;

/**
 * The seeded city's operating enterprises (in district, then id order) with their principal's account and a
 * 安全员 account (created here if missing: the demo's everyday scanner), and each town's officer (the reviewer
 * of its hazards). Answers how many accounts it created.
 */
export async function loadDemoEnterprises(anchor: number, password: string) {
  const { enterprise } = await import('#functions/enterprises/store/entities/enterprise');
  const { user } = await import('#functions/identity/store/entities/user');
  const { insertUser } = await import('#functions/identity/store/users');
  const { hashPassword } = await import('#functions/identity/domain/passwords');
  const enterprises: DemoEnterprise[] = [];
  const reviewers = new Map<string, Reviewer>();
  const missing: { input: DemoEnterprise; username: string; phone?: string }[] = [];
  for (const district of districts) {
    const [{ data: found }, { data: accounts }, { data: officers }] = await Promise.all([
      enterprise.query.byDistrict({ districtId: district.id }).go({ pages: 'all' }),
      user.query.byDistrict({ districtId: district.id, role: 'enterpriseUser' }).go({ pages: 'all' }),
      user.query.byDistrict({ districtId: district.id, role: 'townOfficer' }).go({ pages: 'all' }),
    ]);
    for (const officer of officers)
      if (officer.townId && !reviewers.has(officer.townId))
        reviewers.set(officer.townId, { userId: officer.userId, name: officer.name });
    const principals = new Map(
      accounts.filter((a) => a.isPrincipal && !a.disabled).map((a) => [a.enterpriseId, a]),
    );
    const usernames = new Map(accounts.map((a) => [a.username, a]));
    let indexInDistrict = 0;
    for (const item of found) {
      const principal = principals.get(item.id);
      if (item.status !== '正常生产' || !principal) continue;
      const username = safetyUsername(item.creditCode);
      const existing = usernames.get(username);
      const safety = existing
        ? { userId: existing.userId, name: existing.name }
        : {
            userId: demoUlid(anchor, `safety\n${item.id}`),
            name: item.safetyContact?.name || `${item.name}安全员`,
          };
      const input: DemoEnterprise = {
        id: item.id,
        name: item.name,
        districtId: item.districtId,
        townId: item.townId,
        ...(item.gridId ? { gridId: item.gridId } : {}),
        industry: item.industry,
        flags: item.flags,
        responsible: {
          name: safety.name,
          ...(item.safetyContact?.phone ? { phone: item.safetyContact.phone } : {}),
        },
        principal: { userId: principal.userId, name: principal.name },
        safety,
        indexInDistrict,
      };
      indexInDistrict += 1;
      enterprises.push(input);
      if (!existing)
        missing.push({
          input,
          username,
          ...(item.safetyContact?.phone ? { phone: item.safetyContact.phone } : {}),
        });
    }
  }
  const passwordHash = missing.length > 0 ? await hashPassword(password) : '';
  const { ConflictError } = await import('#functions/platform/errors');
  await forEachLimit(missing, 16, async ({ input, username, phone }) => {
    try {
      await insertUser(
        {
          userId: input.safety.userId,
          username,
          name: input.safety.name,
          role: 'enterpriseUser',
          districtId: input.districtId,
          enterpriseId: input.id,
          isPrincipal: false,
          disabled: false,
          mustChangePassword: false,
          passwordHash,
          ...(phone ? { phone } : {}),
        },
        new Date(anchor),
      );
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error; // its claim from an interrupted run
    }
  });
  return { enterprises, reviewers, accounts: missing.length };
}
