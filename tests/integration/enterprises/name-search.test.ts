import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise } from '#functions/enterprises/schemas/enterprises';
import { runJob } from '#infra/local/scheduler';
import { signedIn } from '#tests/fixtures/auth';
import { dynamoReadsDuring, itemsRead } from '#tests/fixtures/items-read';
import {
  city,
  makeEnterprise,
  pageOf,
  places,
  readAll,
  send,
  stack,
  startWithPlaces,
  stopEnterpriseStack,
  wujinAdmin,
} from '#tests/integration/enterprises/support';

const made = {} as Record<'hengtaiWujin' | 'hengtaiLiyang' | 'latin' | 'other', Enterprise>;

beforeAll(async () => {
  await startWithPlaces();
  made.hengtaiWujin = await makeEnterprise(places.wujinA, { name: '常州恒泰精密机械有限公司' });
  made.hengtaiLiyang = await makeEnterprise(places.liyang, {
    name: '溧阳恒泰纺织有限公司',
    industry: '纺织',
  });
  made.latin = await makeEnterprise(places.wujinB, { name: 'ABC科技（常州）有限公司', gridId: null });
  made.other = await makeEnterprise(places.wujinA, { name: '武进华盛铸造有限公司', status: '停产' });
  // Enough other names that a search walking the districts would have something to read.
  for (let n = 0; n < 20; n += 1) await makeEnterprise(n % 2 ? places.wujinA : places.liyang);
}, 120_000);
afterAll(stopEnterpriseStack);

const search = async (q: string, headers = city, extra = '') =>
  (await readAll(`/api/enterprises?limit=100&q=${encodeURIComponent(q)}${extra}`, headers))
    .flat()
    .map((row) => row.id)
    .sort();
const ids = (...rows: Enterprise[]) => rows.map((row) => row.id).sort();

describe('the enterprise name search', () => {
  it('finds a name by any part of it, blanks, full-width letters and case aside, and by a whole credit code', async () => {
    // Act
    const pair = await search('恒泰');
    const longer = await search('恒泰精密');
    const spaced = await search('恒 泰');
    const wide = await search('ａｂｃ科技');
    const one = await search('铸');
    const code = await search(` ${made.latin.creditCode.toLowerCase()} `);
    const none = await search('不存在的企业名称');

    // Assess
    expect(pair).toEqual(ids(made.hengtaiWujin, made.hengtaiLiyang));
    expect(longer).toEqual(ids(made.hengtaiWujin));
    expect(spaced).toEqual(pair);
    expect(wide).toEqual(ids(made.latin));
    expect(one).toEqual(ids(made.other));
    expect(code).toEqual(ids(made.latin));
    expect(none).toEqual([]);
  });

  it('keeps a search inside the caller’s scope and the list’s other filters', async () => {
    // Prepare
    const officer = await signedIn(stack, {
      role: 'townOfficer',
      districtId: 'wujin',
      townId: places.wujinB.townId,
    });

    // Act
    const district = await search('恒泰', wujinAdmin);
    const town = await search('恒泰', officer.headers);
    const ownTown = await search('abc', officer.headers);
    const inTown = await search('有限公司', city, `&townId=${places.wujinA.townId}`);
    const inGrid = await search(
      '有限',
      city,
      `&gridId=${places.wujinA.gridId}&status=${encodeURIComponent('停产')}`,
    );
    const outside = await search('有限公司', city, '&gridId=none');
    const textile = await search('恒泰', city, `&industry=${encodeURIComponent('纺织')}`);

    // Assess
    expect(district).toEqual(ids(made.hengtaiWujin));
    expect(town).toEqual([]);
    expect(ownTown).toEqual(ids(made.latin));
    expect(inTown).toEqual(expect.arrayContaining(ids(made.hengtaiWujin, made.other)));
    expect(inTown).not.toContain(made.latin.id);
    expect(inGrid).toEqual(ids(made.other));
    expect(outside).toEqual(ids(made.latin));
    expect(textile).toEqual(ids(made.hengtaiLiyang));
  });

  it('finds a renamed enterprise by its new name and not its old one, a moved one only where it is now', async () => {
    // Prepare
    const renamed = await makeEnterprise(places.wujinA, { name: '旧名字五金有限公司' });
    const moved = await makeEnterprise(places.wujinA, { name: '搬迁测试轴承有限公司' });
    const gone = await makeEnterprise(places.wujinA, { name: '将注销塑胶有限公司' });

    // Act
    const { id: _, createdAt: __, updatedAt: ___, ...input } = renamed;
    const put = await send('PUT', `/api/enterprises/${renamed.id}`, city, {
      ...input,
      name: '新名称五金有限公司',
    });
    const { id: _m, createdAt: _c, updatedAt: _u, ...movedInput } = moved;
    const move = await send('PUT', `/api/enterprises/${moved.id}`, city, { ...movedInput, ...places.wujinB });
    const deleted = await send('DELETE', `/api/enterprises/${gone.id}`, city);

    // Assess
    expect([put.status, move.status, deleted.status]).toEqual([200, 200, 204]);
    expect(await search('新名称')).toEqual([renamed.id]);
    expect(await search('旧名字')).toEqual([]);
    expect(await search('轴承', city, `&townId=${places.wujinB.townId}`)).toEqual([moved.id]);
    expect(await search('轴承', city, `&townId=${places.wujinA.townId}`)).toEqual([]);
    expect(await search('注销')).toEqual([]);
  });

  it('pages a city-wide search with cursors, without repeats', async () => {
    // Act
    const pages = await readAll(`/api/enterprises?limit=1&q=${encodeURIComponent('恒泰')}`, city);

    // Assess
    const seen = pages.flat().map((row) => row.id);
    expect(seen.sort()).toEqual(ids(made.hengtaiWujin, made.hengtaiLiyang));
  });

  it('reads the name index, not the city: a name nobody has costs one small presence query per pair of it', async () => {
    // Act
    const { result, reads } = await dynamoReadsDuring(stack, () =>
      send('GET', `/api/enterprises?limit=25&q=${encodeURIComponent('并无此名的企业')}`, city),
    );
    const found = await dynamoReadsDuring(stack, () =>
      send('GET', `/api/enterprises?limit=1&q=${encodeURIComponent('恒泰精密')}`, city),
    );

    // Assess: only "which districts have this pair" is asked, ≤ 7 items each; no district is read
    expect(pageOf(result)).toEqual({ data: [], nextCursor: null });
    const queries = reads.filter((read) => read.action === 'Query');
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.length).toBeLessThanOrEqual(6);
    for (const query of queries) {
      expect(query.partition).toMatch(/^\$changan#kind_enterprise#token_/);
      expect(query.itemsRead).toBeLessThanOrEqual(7);
    }
    expect(pageOf(found.result).data.map((row) => row.id)).toEqual([made.hengtaiWujin.id]);
    const tokenReads = found.reads.filter(
      (read) => read.action === 'Query' && read.partition?.includes('#districtid_'),
    );
    expect(itemsRead(tokenReads)).toBeLessThanOrEqual(2);
  });
});

describe('the name index without transactions', () => {
  const tokens = () => import('#functions/enterprises/store/entities/enterprise-name-token');
  const index = () => import('#functions/enterprises/store/name-index');
  const job = (day: string) => {
    const binding = stack.bindings.jobs.find((candidate) => candidate.name === 'enterprise-name-index');
    if (!binding) throw new Error('enterprise-name-index job missing from the manifest');
    return runJob(binding, new Date(`${day}T03:30:00+08:00`));
  };

  it('never shows what a token left by a crash says, and the repair job deletes such tokens', async () => {
    // Prepare: the tokens of a name the enterprise no longer has, as a crash after the record's write leaves them
    const { enterpriseNameToken } = await tokens();
    const { nameTokensOf } = await index();
    const stale = nameTokensOf({ ...made.other, name: '崩溃前旧称有限公司' });
    await enterpriseNameToken.put(stale).go();

    // Act
    const before = await search('崩溃前旧称');
    await job('2026-03-01');
    const left = await enterpriseNameToken.query
      .byToken({ districtId: made.other.districtId, token: '旧称' })
      .go({ pages: 'all' });

    // Assess
    expect(before).toEqual([]);
    expect(left.data).toEqual([]);
    expect(await search('华盛铸造')).toEqual([made.other.id]);
  });

  it('finds an enterprise whose tokens a crash never wrote once the repair job has run', async () => {
    // Prepare: an enterprise whose tokens are gone (written before the index existed, or lost to a race)
    const { enterpriseNameToken } = await tokens();
    const { nameTokensOf } = await index();
    const lost = await makeEnterprise(places.liyang, { name: '失落索引陶瓷有限公司' });
    await enterpriseNameToken.delete(nameTokensOf(lost)).go();

    // Act
    const before = await search('失落索引');
    await job('2026-03-02');
    const after = await search('失落索引');

    // Assess
    expect(before).toEqual([]);
    expect(after).toEqual([lost.id]);
  });

  it('takes back the tokens a write put when the write itself fails, keeping those of the record as it is', async () => {
    // Prepare
    const record = await makeEnterprise(places.wujinB, { name: '竞态测试阀门有限公司' });
    const { withNameIndex, storedEnterprise } = await index();

    // Act: a rename whose conditional put loses to another writer
    const lost = withNameIndex(
      [{ before: record, after: { ...record, name: '竞态失败阀门有限公司' } }],
      () => Promise.reject(new Error('ConditionalCheckFailed')),
      () => storedEnterprise(record.id),
    );

    // Assess
    await expect(lost).rejects.toThrow('ConditionalCheckFailed');
    expect(await search('竞态失败')).toEqual([]);
    expect(await search('竞态测试')).toEqual([record.id]);
    const { enterpriseNameToken } = await tokens();
    const left = await enterpriseNameToken.query
      .byToken({ districtId: 'wujin', token: '失败' })
      .go({ pages: 'all' });
    expect(left.data).toEqual([]);
  });
});
