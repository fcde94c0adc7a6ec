import { DEMO_PASSWORD } from './seed-city';

/** One seeded enterprise account that logs in with the demo password, and its enterprise's name. */
export interface EnterpriseLogin {
  username: string;
  enterpriseName: string;
}

/**
 * A real enterprise login of the demo city, checked: the first of 武进区's enterprise accounts whose password
 * is still the demo password (someone may have changed one in the console). Undefined if there is none.
 */
export async function exampleEnterpriseLogin(): Promise<EnterpriseLogin | undefined> {
  const { user } = await import('#functions/identity/store/entities/user');
  const { enterprise } = await import('#functions/enterprises/store/entities/enterprise');
  const { verifyPassword } = await import('#functions/identity/domain/passwords');
  const { data } = await user.query
    .byDistrict({ districtId: 'wujin', role: 'enterpriseUser' })
    .go({ limit: 5 });
  for (const account of data) {
    if (account.disabled || account.mustChangePassword || !account.enterpriseId) continue;
    if (!(await verifyPassword(DEMO_PASSWORD, account.passwordHash))) continue;
    const { data: found } = await enterprise.get({ id: account.enterpriseId }).go();
    if (found) return { username: account.username, enterpriseName: found.name };
  }
  return undefined;
}

/** What `npm start` and `npm run seed` print once the demo city is there: the demo accounts, one line per role. */
export function demoCredentials(example?: EnterpriseLogin): string {
  const enterpriseLine = example
    ? `${example.username}（${example.enterpriseName}）`
    : 'e + 统一社会信用代码（小写）, see 企业 list';
  return [
    `演示账号 demo accounts（密码 password: ${DEMO_PASSWORD}）`,
    '  市局管理员 cityAdmin        admin',
    '  辖区管理员 districtAdmin    wujin.admin  liyang.admin  jintan.admin  xinbei.admin  tianning.admin  zhonglou.admin  jingkai.admin',
    '  镇（街道）监管员 townOfficer  <辖区>.town01 …  e.g. wujin.town01',
    '  网格员 gridMember           <辖区>.town01.grid1 …  e.g. wujin.town01.grid1',
    `  企业用户 enterpriseUser     ${enterpriseLine}`,
    '  中介机构用户 agencyUser     agency.demo（天宁区的一家中介机构）',
    example
      ? `                             其他企业：e + 统一社会信用代码（小写） (others: e + credit code, lower case)`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}
