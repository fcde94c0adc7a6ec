import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTableReader } from '#tests/fixtures/audit-table';
import {
  city,
  makeEnterprise,
  places,
  send,
  stack,
  startWithPlaces,
  stopEnterpriseStack,
  wujinAdmin,
} from '#tests/integration/enterprises/support';

/**
 * What each dust-site write leaves in the audit log (read straight from the table) and the refusals a manager
 * sees, against hand-written answers.
 */
type Site = { id: string; token: string; status: string; name: string };
let audit: ReturnType<typeof auditTableReader>;
let dusty: string;

const fields = (name: string) => ({
  name,
  location: '厂区东侧一号车间',
  dustType: '铝粉',
  contactPhone: '13912345678',
});

beforeAll(async () => {
  await startWithPlaces();
  audit = auditTableReader(stack);
  dusty = (await makeEnterprise(places.wujinA, { name: '湖塘粉末冶金厂', flags: ['dust'] })).id;
}, 60_000);
afterAll(async () => {
  audit?.close();
  await stopEnterpriseStack();
});

/** An entry's changes as field → [before, after]. */
const changesOf = (entry: Record<string, unknown>) =>
  Object.fromEntries(
    ((entry.changes ?? []) as { field: string; before: unknown; after: unknown }[]).map((change) => [
      change.field,
      [change.before, change.after],
    ]),
  );

async function entriesOf(siteId: string) {
  const all = await audit.entries();
  return all
    .filter((entry) => entry.entity === 'dustSite' && entry.entityId === siteId)
    .sort((a, b) => String(a.at ?? a.entryId).localeCompare(String(b.at ?? b.entryId)));
}

describe('the audit log of a dust site', () => {
  it('records create, edit, retire (by edit and by DELETE) and a new code, each with full before/after', async () => {
    const site = (
      await send('POST', '/api/dust-sites', wujinAdmin, { enterpriseId: dusty, ...fields('一号抛光车间') })
    ).body as Site;
    await send('PUT', `/api/dust-sites/${site.id}`, wujinAdmin, {
      ...fields('二号抛光车间'),
      status: 'active',
    });
    const reissued = (await send('POST', `/api/dust-sites/${site.id}/code`, wujinAdmin)).body as Site;
    await send('PUT', `/api/dust-sites/${site.id}`, city, { ...fields('二号抛光车间'), status: 'retired' });
    // An edit of a site already retired is an edit, not another retirement.
    await send('PUT', `/api/dust-sites/${site.id}`, city, { ...fields('旧抛光车间'), status: 'retired' });
    expect((await send('DELETE', `/api/dust-sites/${site.id}`, wujinAdmin)).status).toBe(204);

    const entries = await entriesOf(site.id);
    expect(entries.map((entry) => [entry.action, entry.summary])).toEqual([
      ['create', '新增粉尘场所：湖塘粉末冶金厂 / 一号抛光车间'],
      ['update', '修改粉尘场所：湖塘粉末冶金厂 / 二号抛光车间'],
      ['reissueCode', '重新生成场所码：湖塘粉末冶金厂 / 二号抛光车间'],
      ['retire', '停用粉尘场所：湖塘粉末冶金厂 / 二号抛光车间'],
      ['update', '修改粉尘场所：湖塘粉末冶金厂 / 旧抛光车间'],
      ['retire', '停用粉尘场所：湖塘粉末冶金厂 / 旧抛光车间'],
    ]);
    const [create, update, code, retireByEdit, , retireAgain] = entries.map(changesOf);
    expect(create).toMatchObject({
      name: [null, '一号抛光车间'],
      status: [null, 'active'],
      contactPhone: [null, '139****5678'],
    });
    expect(update).toEqual({ name: ['一号抛光车间', '二号抛光车间'] });
    expect(code).toMatchObject({ token: [site.token, reissued.token] });
    expect(retireByEdit).toMatchObject({ status: ['active', 'retired'] });
    // A DELETE of a site already retired changes nothing, and says so by listing no change.
    expect(retireAgain).toEqual({});
    for (const entry of entries) expect(entry.districtId).toBe('wujin');
  });

  it('refuses a new code for a retired site with 409 and the way out, writing nothing', async () => {
    const site = (
      await send('POST', '/api/dust-sites', wujinAdmin, { enterpriseId: dusty, ...fields('三号车间') })
    ).body as Site;
    await send('DELETE', `/api/dust-sites/${site.id}`, wujinAdmin);
    const before = (await entriesOf(site.id)).length;
    const answer = await send('POST', `/api/dust-sites/${site.id}/code`, wujinAdmin);
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      error: { code: 'DUST_SITE_RETIRED', message: '粉尘场所已停用，不能重新生成场所码；请先将其改为在用' },
    });
    expect((await entriesOf(site.id)).length).toBe(before);
    expect(((await send('GET', `/api/dust-sites/${site.id}`, wujinAdmin)).body as Site).token).toBe(
      site.token,
    );
  });

  it('names an unknown enterprise on enterpriseId in Chinese', async () => {
    const answer = await send('POST', '/api/dust-sites', wujinAdmin, {
      enterpriseId: 'no-such-firm',
      ...fields('四号车间'),
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: {
        fields: [
          {
            path: 'body.enterpriseId',
            code: 'invalid_enterprise',
            message: '企业不存在或不在您的管辖范围内',
          },
        ],
      },
    });
  });
});
