import { DEMO_PASSWORD } from './seed-city';

/** What `npm start` and `npm run seed` print: the demo accounts, one line per role. */
export function demoCredentials(): string {
  return [
    `演示账号 demo accounts（密码 password: ${DEMO_PASSWORD}）`,
    '  市局管理员 cityAdmin        admin',
    '  辖区管理员 districtAdmin    wujin.admin  liyang.admin  jintan.admin  xinbei.admin  tianning.admin  zhonglou.admin  jingkai.admin',
    '  镇（街道）监管员 townOfficer  <辖区>.town01 …  e.g. wujin.town01',
    '  网格员 gridMember           <辖区>.town01.grid1 …  e.g. wujin.town01.grid1',
    '  企业用户 enterpriseUser     e + 统一社会信用代码（小写）, e.g. e91320412… (see 企业 list)',
  ].join('\n');
}
