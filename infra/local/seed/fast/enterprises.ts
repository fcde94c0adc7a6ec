import type { EnterpriseInput } from '#functions/enterprises/schemas/enterprises';
import { creditCodeClaim } from '#functions/enterprises/store/entities/credit-code-claim';
import { enterprise } from '#functions/enterprises/store/entities/enterprise';
import { enterpriseNameToken } from '#functions/enterprises/store/entities/enterprise-name-token';
import { ENTERPRISE_INDEX, nameTokensOf } from '#functions/enterprises/store/name-index';
import { enterpriseItem } from '#functions/enterprises/store/records';
import { districts } from '#functions/platform/districts';
import { type DemoTown, demoEnterprise, enterprisesPerDistrict } from '../generate';
import { settleOutsideGrid } from '../outside-grid';
import type { Random } from '../random';
import type { DemoEnterprise } from '../risk-plan';
import { safetyUsername } from '../risk-sources';
import { accountItems, itemOf } from './accounts';
import type { Item } from './batch-writer';
import { type CityContext, idOf, userIdOf } from './org';

export interface CityEnterprise {
  id: string;
  input: EnterpriseInput;
  /** What the risk plan needs; absent for an enterprise that is not operating (停产, 关闭: no points). */
  demo?: DemoEnterprise;
}

/**
 * `total` enterprises spread over the districts and towns as the slow seed spreads them (the same PRNG draws),
 * with deterministic ids, their principal's and (if operating) their 安全员's account ids, and each operating
 * enterprise's place among its district's in id order (what the slow seed's district query gives).
 */
export function cityEnterprises(
  random: Random,
  towns: readonly DemoTown[],
  total: number,
  context: CityContext,
): CityEnterprise[] {
  const perDistrict = enterprisesPerDistrict(total);
  const taken = new Set<string>();
  const all: CityEnterprise[] = [];
  for (const district of districts) {
    const own = towns.filter((town) => town.districtId === district.id);
    const mine: CityEnterprise[] = [];
    for (let n = 0; n < perDistrict[district.id]; n += 1) {
      const input = demoEnterprise(random, random.pick(own), taken);
      mine.push({ id: idOf(context, `enterprise\n${input.creditCode}`), input });
    }
    // 网格外: exactly the district's share of the seed's 800+ (grid-coverage), drawing nothing more
    settleOutsideGrid(
      mine.map((row) => row.input),
      own,
      district.id,
      total,
    );
    const operating = mine
      .filter((row) => row.input.status === '正常生产')
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    operating.forEach((row, indexInDistrict) => {
      const { input } = row;
      const safetyName = input.safetyContact?.name || `${input.name}安全员`;
      row.demo = {
        id: row.id,
        name: input.name,
        districtId: input.districtId,
        townId: input.townId,
        ...(input.gridId ? { gridId: input.gridId } : {}),
        industry: input.industry,
        flags: input.flags,
        responsible: {
          name: safetyName,
          ...(input.safetyContact?.phone ? { phone: input.safetyContact.phone } : {}),
        },
        principal: {
          userId: userIdOf(context, `e${input.creditCode.toLowerCase()}`),
          name: input.principal.name,
        },
        safety: { userId: userIdOf(context, safetyUsername(input.creditCode)), name: safetyName },
        indexInDistrict,
      };
    });
    all.push(...mine);
  }
  return all;
}

/** An enterprise's own items: the enterprise, its credit-code claim, its name tokens and its accounts. */
export function enterpriseItems(row: CityEnterprise, context: CityContext): Item[] {
  const at = context.at.toISOString();
  const record = enterpriseItem(row.id, row.input, at, at);
  const items = [
    itemOf(enterprise.put(record)),
    itemOf(creditCodeClaim.put({ creditCode: record.creditCode, enterpriseId: row.id, claimedAt: at })),
  ];
  if (context.lean) return items;
  for (const token of nameTokensOf(record)) {
    context.presence.note(ENTERPRISE_INDEX, token.token, token.districtId);
    items.push(itemOf(enterpriseNameToken.put(token)));
  }
  const account = {
    role: 'enterpriseUser' as const,
    districtId: record.districtId,
    enterpriseId: row.id,
    passwordHash: context.passwordHash,
    disabled: false,
    mustChangePassword: false,
  };
  const principal = {
    ...account,
    userId: row.demo?.principal.userId ?? userIdOf(context, `e${record.creditCode.toLowerCase()}`),
    username: `e${record.creditCode.toLowerCase()}`,
    name: row.input.principal.name,
    isPrincipal: true,
    phone: row.input.principal.phone,
  };
  items.push(...accountItems(principal, at, context.presence));
  if (row.demo) {
    const phone = row.input.safetyContact?.phone;
    const safety = {
      ...account,
      userId: row.demo.safety.userId,
      username: safetyUsername(record.creditCode),
      name: row.demo.safety.name,
      isPrincipal: false,
      ...(phone ? { phone } : {}),
    };
    items.push(...accountItems(safety, at, context.presence));
  }
  return items;
}
