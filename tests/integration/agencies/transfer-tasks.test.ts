import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#tests/fixtures/auth';
import {
  city,
  type Headers,
  liyangAdmin,
  send,
  stack,
  startAgencyStack,
  stopAgencyStack,
  wujinAdmin,
} from '#tests/integration/agencies/support';

/**
 * The agency import and export tasks as their requesters get them: who may read a task (its requester, the
 * city admin, a district admin of the same district; 404 for the rest and for the other kind), the upload form's
 * key and policy, the download's file name and lifetime, and the audit items a district admin finds.
 */
let otherWujinAdmin: Headers;
beforeAll(async () => {
  await startAgencyStack();
  otherWujinAdmin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers;
});
afterAll(stopAgencyStack);

type Upload = { url: string; fields: Record<string, string> };
const startImport = async (headers: Headers, fileName = '机构名单.xlsx') => {
  const answer = await send('POST', '/api/agency-imports', headers, { fileName, format: 'xlsx', size: 2048 });
  expect(answer.status).toBe(201);
  return answer.body as { task: { id: string; fileName: string; status: string }; upload: Upload };
};

describe('agency transfer tasks', () => {
  it('shows a district admin’s import to it, to the other admins of its district and to the city; 404 otherwise', async () => {
    // Prepare
    const { task } = await startImport(wujinAdmin);

    // Act
    const read = (headers: Headers, kind = 'agency-imports') =>
      send('GET', `/api/${kind}/${task.id}`, headers);
    const [own, sameDistrict, byCity, otherDistrict, asExport] = await Promise.all([
      read(wujinAdmin),
      read(otherWujinAdmin),
      read(city),
      read(liyangAdmin),
      read(city, 'agency-exports'),
    ]);

    // Assess
    for (const answer of [own, sameDistrict, byCity])
      expect(answer).toMatchObject({
        status: 200,
        body: { id: task.id, status: 'PENDING', fileName: '机构名单.xlsx' },
      });
    for (const answer of [otherDistrict, asExport])
      expect(answer).toMatchObject({ status: 404, body: { error: { message: '任务不存在' } } });
  });

  it('keeps a city import from district admins', async () => {
    // Prepare
    const { task } = await startImport(city);

    // Act
    const answer = await send('GET', `/api/agency-imports/${task.id}`, wujinAdmin);

    // Assess
    expect(answer.status).toBe(404);
  });

  it('gives an upload form for the task’s own key under its district, 1 B to 5 MB, for 10 minutes', async () => {
    // Act
    const district = await startImport(wujinAdmin);
    const byCity = await startImport(city);

    // Assess
    expect(district.upload.fields.key).toBe(`agency-imports/wujin/${district.task.id}.xlsx`);
    expect(byCity.upload.fields.key).toBe(`agency-imports/city/${byCity.task.id}.xlsx`);
    const policy = JSON.parse(
      Buffer.from(district.upload.fields.Policy ?? '', 'base64').toString('utf8'),
    ) as {
      expiration: string;
      conditions: unknown[];
    };
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ['content-length-range', 1, 5 * 1024 * 1024],
        ['eq', '$key', district.upload.fields.key],
        { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      ]),
    );
    const signedAt = (district.upload.fields['X-Amz-Date'] ?? '').replace(
      /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/,
      '$1-$2-$3T$4:$5:$6Z',
    );
    // X-Amz-Date is in whole seconds, the expiration in milliseconds
    expect(Math.floor((Date.parse(policy.expiration) - Date.parse(signedAt)) / 1000)).toBe(10 * 60);
  });

  it('names the export’s download 中介机构名录-<day>.xlsx and signs it for an hour', async () => {
    // Prepare
    const started = await send('POST', '/api/agency-exports', wujinAdmin, { filter: {} });
    expect(started.status).toBe(201);
    await stack.whenIdle();
    const id = (started.body as { id: string }).id;

    // Act
    const task = (await send('GET', `/api/agency-exports/${id}`, wujinAdmin)).body as {
      createdAt: string;
      downloadUrl: string;
    };

    // Assess
    const url = new URL(task.downloadUrl);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('3600');
    const day = task.createdAt.slice(0, 10);
    expect(url.searchParams.get('response-content-disposition')).toBe(
      `attachment; filename="${url.pathname.split('/').pop()}"; filename*=UTF-8''${encodeURIComponent(`中介机构名录-${day}.xlsx`)}`,
    );
    expect((await send('GET', `/api/agency-exports/${id}`, liyangAdmin)).status).toBe(404);
  });

  it('files the requests in the district’s audit log with their summaries', async () => {
    // Prepare
    const { task } = await startImport(wujinAdmin, '武进机构.xlsx');
    const exported = await send('POST', '/api/agency-exports', wujinAdmin, { filter: {} });
    await stack.whenIdle();

    // Act
    const log = await send('GET', '/api/audit?limit=100&entity=agency', otherWujinAdmin);

    // Assess
    const entries = (log.body as { data: { entityId: string; action: string; summary?: string }[] }).data;
    const summaryOf = (id: string, action: string) =>
      entries.find((entry) => entry.entityId === id && entry.action === action)?.summary;
    expect(summaryOf(task.id, 'requestImport')).toBe('发起中介机构导入：武进机构.xlsx');
    expect(summaryOf((exported.body as { id: string }).id, 'export')).toBe('导出中介机构名录');
  });
});
