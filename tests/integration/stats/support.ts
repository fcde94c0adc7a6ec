import { runJob } from '#infra/local/scheduler';
import type { LocalStack } from '#infra/local/stack';
import { createUserDirect, signedIn } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import { callApi } from '#tests/fixtures/local-stack';

type Headers = Record<string, string>;

/** 2026-12-01 10:00 in Beijing: the job's scheduled time in these tests, so "today" is 2026-12-01. */
export const JOB_AT = new Date('2026-12-01T10:00:00+08:00');

/**
 * A small city, written by hand so that every count the tests expect can be counted on one's fingers:
 *
 *   武进区 湖塘镇  第1网格: 正常生产 ×2, 停产 ×1      网格外: 正常生产 ×1      第2网格: no enterprise
 *   武进区 牛塘镇  第1网格: 关闭 ×1                   网格外: 停产 ×1
 *   溧阳市 溧城街道                                   网格外: 正常生产 ×2
 *
 * Accounts: the city admin, 武进区's admin, 湖塘镇's officer, a member of each 湖塘镇 grid, the user of one 湖塘镇
 * 第1网格 enterprise, and a disabled user of a 溧阳市 enterprise (7). Messages: two 武进区 ones and one 溧阳市 one
 * on 2026-12-01, one without a district at its first millisecond, and a 武进区 one late on 2026-11-30.
 */
export async function buildStatsCity(stack: LocalStack) {
  const city = await signedIn(stack, { role: 'cityAdmin' });
  const post = async (path: string, body: unknown, headers: Headers = city.headers) => {
    const answer = await callApi(stack, path, { method: 'POST', headers, body: JSON.stringify(body) });
    if (answer.status !== 201)
      throw new Error(`setup ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body as { id: string };
  };
  const hutang = (await post('/api/towns', { districtId: 'wujin', name: '湖塘镇' })).id;
  const niutang = (await post('/api/towns', { districtId: 'wujin', name: '牛塘镇' })).id;
  const licheng = (await post('/api/towns', { districtId: 'liyang', name: '溧城街道' })).id;
  const hutang1 = (await post('/api/grids', { townId: hutang, name: '第1网格' })).id;
  const hutang2 = (await post('/api/grids', { townId: hutang, name: '第2网格' })).id;
  const niutang1 = (await post('/api/grids', { townId: niutang, name: '第1网格' })).id;

  const enterprise = (districtId: string, townId: string, gridId: string | null, status: string) =>
    post('/api/enterprises', { ...validEnterprise({ districtId, townId, gridId }), status });
  const inHutang1 = await enterprise('wujin', hutang, hutang1, '正常生产');
  await enterprise('wujin', hutang, hutang1, '正常生产');
  await enterprise('wujin', hutang, hutang1, '停产');
  await enterprise('wujin', hutang, null, '正常生产');
  await enterprise('wujin', niutang, niutang1, '关闭');
  await enterprise('wujin', niutang, null, '停产');
  const inLicheng = await enterprise('liyang', licheng, null, '正常生产');
  await enterprise('liyang', licheng, null, '正常生产');

  const wujinAdmin = await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' });
  const hutangOfficer = await signedIn(stack, { role: 'townOfficer', districtId: 'wujin', townId: hutang });
  const hutang1Member = await signedIn(stack, {
    role: 'gridMember',
    districtId: 'wujin',
    townId: hutang,
    gridId: hutang1,
  });
  const hutang2Member = await signedIn(stack, {
    role: 'gridMember',
    districtId: 'wujin',
    townId: hutang,
    gridId: hutang2,
  });
  const enterpriseUser = await signedIn(stack, {
    role: 'enterpriseUser',
    districtId: 'wujin',
    enterpriseId: inHutang1.id,
    isPrincipal: true,
  });
  await createUserDirect({
    role: 'enterpriseUser',
    districtId: 'liyang',
    enterpriseId: inLicheng.id,
    disabled: true,
  });

  await enqueueOn('2026-12-01T09:00:00+08:00', 'wujin', 'SENT');
  await enqueueOn('2026-12-01T09:30:00+08:00', 'wujin', 'PENDING');
  await enqueueOn('2026-12-01T08:00:00+08:00', 'liyang', 'DEAD');
  await enqueueOn('2026-12-01T00:00:00.000+08:00', undefined, 'PENDING');
  await enqueueOn('2026-11-30T23:59:59.999+08:00', 'wujin', 'SENT');

  return {
    towns: { hutang, niutang, licheng },
    grids: { hutang1, hutang2, niutang1 },
    headers: {
      cityAdmin: city.headers,
      districtAdmin: wujinAdmin.headers,
      townOfficer: hutangOfficer.headers,
      gridMember: hutang1Member.headers,
      otherGridMember: hutang2Member.headers,
      enterpriseUser: enterpriseUser.headers,
    },
  };
}

let serial = 0;

/** A message created at `at` (its day is what counts), then set to `status` as the dispatcher would. */
async function enqueueOn(at: string, districtId: string | undefined, status: 'PENDING' | 'SENT' | 'DEAD') {
  const { enqueue } = await import('#functions/messages/index');
  const { message } = await import('#functions/messages/store/entities/message');
  serial += 1;
  const { message: item } = await enqueue(
    `stats-test#${serial}`,
    {
      template: 'campaignRemind',
      params: { campaign: '冬季消防安全', deadline: '2026-12-31' },
      recipient: { phone: '13800001234' },
      enqueuedBy: 'job:stats-test',
      ...(districtId ? { districtId } : {}),
    },
    new Date(at),
  );
  if (status !== 'PENDING')
    await message
      .patch({ messageId: item.messageId })
      .set({ status })
      .remove(['dueQueue', 'nextAttemptAt'])
      .go();
}

/** Runs the manifest's stats job on the stack as its scheduler would, at `at`. */
export async function runStatsJob(stack: LocalStack, at = JOB_AT) {
  const job = stack.bindings.jobs.find((candidate) => candidate.name === 'stats');
  if (!job) throw new Error('the manifest has no stats job');
  return runJob(job, at);
}

export const getStats = (stack: LocalStack, headers: Headers) => callApi(stack, '/api/stats', { headers });
