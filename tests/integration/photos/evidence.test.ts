import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import type { LocalStack } from '#infra/local/stack';
import { startTestStack } from '#tests/fixtures/local-stack';

/**
 * An agency's evidence files (kind `evidence`) as agency-deductions uses them, on the emulators against
 * hand-written answers: the upload ticket and its record, which files are usable, the links and the states.
 */
let stack: LocalStack;
const NOW = new Date('2026-12-06T17:30:00.000Z'); // 2026-12-07 01:30 in Beijing
const agencyUser: Principal = {
  userId: 'agency-user',
  username: 'agency',
  name: '评价机构',
  role: 'agencyUser',
  agencyId: 'ag1',
};

beforeAll(async () => {
  stack = await startTestStack();
  const { photo } = await import('#functions/photos/store/entities/photo');
  const record = (photoId: string, fields: Record<string, unknown>) =>
    photo
      .create({
        photoId,
        kind: 'evidence',
        status: 'VERIFIED',
        key: `evidence/wujin/ag1/2026-12-01/${photoId}.pdf`,
        contentType: 'application/pdf',
        enterpriseId: 'ag1',
        districtId: 'wujin',
        uploadedBy: 'district-user',
        uploadedAt: '2026-12-01T02:00:00.000Z',
        ...fields,
      } as never)
      .go();
  await record('ev-ok', {});
  await record('ev-ok2', { contentType: 'image/jpeg', key: 'evidence/wujin/ag1/2026-12-01/ev-ok2.jpg' });
  await record('ev-pending', { status: 'PENDING' });
  await record('ev-rejected', { status: 'REJECTED', rejectReason: 'not-a-pdf' });
  await record('ev-other-agency', { enterpriseId: 'ag2' });
  await record('ev-other-uploader', { uploadedBy: 'someone-else' });
  await record('task-photo', { kind: 'task', contentType: 'image/jpeg' });
});
afterAll(async () => {
  await stack?.stop();
});

const evidence = () => import('#functions/photos/store/evidence');

/** Posts `bytes` with a ticket's form, as the console does, and waits for the S3-event worker. */
async function posted(
  ticket: { upload: { url: string; fields: Readonly<Record<string, string>> } },
  bytes: Uint8Array,
) {
  const body = new FormData();
  for (const [name, value] of Object.entries(ticket.upload.fields)) body.append(name, value);
  body.append(
    'file',
    new Blob([new Uint8Array(bytes)], { type: ticket.upload.fields['Content-Type'] }),
    'evidence.pdf',
  );
  const answer = await fetch(ticket.upload.url, { method: 'POST', body });
  await answer.arrayBuffer();
  await stack.whenIdle();
  return answer.status;
}

describe('an evidence upload ticket', () => {
  it("stores a PENDING record under the agency and its district, keyed by Beijing's day", async () => {
    const { grantEvidenceUpload } = await evidence();
    const { ticket, audit } = await grantEvidenceUpload(
      agencyUser,
      { agencyId: 'ag1', districtId: 'wujin' },
      'application/pdf',
      NOW,
    );
    expect(ticket.key).toBe(`evidence/wujin/ag1/2026-12-07/${ticket.photoId}.pdf`);
    expect(ticket).toMatchObject({ status: 'PENDING', maxBytes: 10 * 1024 * 1024 });
    expect(Date.parse(ticket.expiresAt)).toBeGreaterThan(NOW.getTime());
    expect(ticket.upload.url).toEqual(expect.any(String));
    expect(audit).toEqual({
      action: 'create',
      entity: 'photo',
      entityId: ticket.photoId,
      districtId: 'wujin',
      after: { kind: 'evidence', agencyId: 'ag1', key: ticket.key, contentType: 'application/pdf' },
      summary: '申请上传证据文件',
    });
    const { photo } = await import('#functions/photos/store/entities/photo');
    expect((await photo.get({ photoId: ticket.photoId }).go()).data).toMatchObject({
      kind: 'evidence',
      status: 'PENDING',
      enterpriseId: 'ag1',
      districtId: 'wujin',
      uploadedBy: 'agency-user',
      uploadedAt: NOW.toISOString(),
    });
    expect(await (await evidence()).evidenceStatus(ticket.photoId, 'agency-user')).toEqual({
      photoId: ticket.photoId,
      status: 'PENDING',
      contentType: 'application/pdf',
    });
  });
});

describe('an evidence file posted with its ticket', () => {
  it('is VERIFIED with its hash and size when it is a PDF, REJECTED as not a PDF when it is not', async () => {
    const { grantEvidenceUpload, evidenceStatus } = await evidence();
    const owner = { agencyId: 'ag1', districtId: 'wujin' };
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    const good = (await grantEvidenceUpload(agencyUser, owner, 'application/pdf', new Date())).ticket;
    expect(await posted(good, pdf)).toBeLessThan(300);
    expect(await evidenceStatus(good.photoId, 'agency-user')).toEqual({
      photoId: good.photoId,
      status: 'VERIFIED',
      contentType: 'application/pdf',
    });
    const { photo } = await import('#functions/photos/store/entities/photo');
    const stored = (await photo.get({ photoId: good.photoId }).go()).data;
    expect(stored?.size).toBe(pdf.length);
    expect(stored?.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    // Evidence has no capture time or likeness: the same file filed again (another case) is not suspect.
    const again = (await grantEvidenceUpload(agencyUser, owner, 'application/pdf', new Date())).ticket;
    await posted(again, pdf);
    for (const photoId of [good.photoId, again.photoId]) {
      const record = (await photo.get({ photoId }).go()).data;
      expect(record?.status).toBe('VERIFIED');
      expect(record).not.toHaveProperty('suspect');
      expect(record).not.toHaveProperty('capturedAt');
    }

    const bad = (await grantEvidenceUpload(agencyUser, owner, 'application/pdf', new Date())).ticket;
    expect(await posted(bad, new TextEncoder().encode('just some text, no PDF header'))).toBeLessThan(300);
    expect(await evidenceStatus(bad.photoId, 'agency-user')).toEqual({
      photoId: bad.photoId,
      status: 'REJECTED',
      contentType: 'application/pdf',
      rejectMessage: '文件不是 PDF 文档',
    });
  });
});

describe('usable evidence', () => {
  const ask = async (photoIds: string[]) =>
    (await evidence()).usableEvidence({
      photoIds,
      agencyId: 'ag1',
      uploadedBy: 'district-user',
      fieldPath: 'body.evidencePhotoIds',
    });

  it('is VERIFIED evidence of the agency by the uploader, once each', async () => {
    expect(await ask(['ev-ok', 'ev-ok2', 'ev-ok'])).toEqual(['ev-ok', 'ev-ok2']);
  });

  it('refuses the whole list naming how many are unusable, never why', async () => {
    const failure = await ask([
      'ev-ok',
      'ev-pending',
      'ev-rejected',
      'ev-other-agency',
      'ev-other-uploader',
      'task-photo',
      'ev-missing',
    ]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ValidationError);
    const message = '有 6 个证据文件不可用：须为本人为该机构上传、已通过校验的图片或 PDF，请重新上传';
    expect((failure as ValidationError).message).toBe(message);
    expect((failure as ValidationError).fields).toEqual([
      { path: 'body.evidencePhotoIds', message, code: 'EVIDENCE_NOT_USABLE' },
    ]);
  });
});

describe('evidence links and states', () => {
  it("links the agency's VERIFIED evidence only, whoever uploaded it", async () => {
    const { evidenceViews } = await evidence();
    const views = await evidenceViews('ag1', [
      'ev-ok',
      'ev-other-uploader',
      'ev-pending',
      'ev-other-agency',
      'task-photo',
      'ev-ok',
    ]);
    expect(views.map(({ photoId, contentType }) => [photoId, contentType])).toEqual([
      ['ev-ok', 'application/pdf'],
      ['ev-other-uploader', 'application/pdf'],
    ]);
    expect(new URL(views[0]?.url ?? '').pathname).toContain('evidence/wujin/ag1/2026-12-01/ev-ok.pdf');
    expect(await evidenceViews('ag1', [])).toEqual([]);
  });

  it('tells the uploader the state and why a file was refused; nobody else learns anything', async () => {
    const { evidenceStatus } = await evidence();
    expect(await evidenceStatus('ev-rejected', 'district-user')).toEqual({
      photoId: 'ev-rejected',
      status: 'REJECTED',
      contentType: 'application/pdf',
      rejectMessage: '文件不是 PDF 文档',
    });
    expect(await evidenceStatus('ev-ok', 'district-user')).toEqual({
      photoId: 'ev-ok',
      status: 'VERIFIED',
      contentType: 'application/pdf',
    });
    expect(await evidenceStatus('ev-ok', 'someone-else')).toBeNull();
    expect(await evidenceStatus('task-photo', 'district-user')).toBeNull();
    expect(await evidenceStatus('ev-missing', 'district-user')).toBeNull();
  });
});
