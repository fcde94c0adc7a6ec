import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '#functions/platform/clock';
import { auditTableReader } from '#tests/fixtures/audit-table';
import { drawScene, sceneJpeg } from '#tests/fixtures/photos/scenes';
import {
  agencyUser,
  city,
  type Deduction,
  deduct,
  deduction,
  type Headers,
  liyangAdmin,
  makeAgency,
  scoreOf,
  send,
  stack,
  startDeductionStack,
  stopDeductionStack,
  wujinAdmin,
} from '#tests/integration/agency-deductions/support';

// Later than the real clock: the local S3 checks an upload policy's expiry against the real time.
const NOW = '2030-05-21T10:00:00+08:00';
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

type Appeal = {
  id: string;
  deductionId: string;
  status: string;
  decisionReason?: string;
  evidence?: unknown[];
};

let agency: { id: string };
let firm: Headers;

beforeAll(async () => {
  pinClock(NOW);
  await startDeductionStack();
  agency = await makeAgency('wujin');
  firm = await agencyUser(agency.id);
}, 120_000);

afterAll(async () => {
  pinClock(null);
  await stopDeductionStack();
});

/** Asks for an evidence upload and posts `bytes`; answers the photo id and its state once the worker ran. */
async function upload(headers: Headers, contentType: string, bytes: Uint8Array) {
  const ticket = await send('POST', '/api/agency-deductions/evidence-uploads', headers, {
    agencyId: agency.id,
    contentType,
  });
  if (ticket.status !== 201) throw new Error(`ticket: ${ticket.status} ${JSON.stringify(ticket.body)}`);
  const { photoId, upload: form } = ticket.body as {
    photoId: string;
    upload: { url: string; fields: Record<string, string> };
  };
  const data = new FormData();
  for (const [name, value] of Object.entries(form.fields)) data.append(name, value);
  data.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }), 'evidence');
  const answer = await fetch(form.url, { method: 'POST', body: data });
  await answer.arrayBuffer();
  await stack.whenIdle();
  const { photo } = await import('#functions/photos/store/entities/photo');
  return { photoId, status: (await photo.get({ photoId }).go()).data?.status };
}

describe('evidence files and appeals (申诉)', () => {
  it('a PDF and a JPEG become VERIFIED evidence; a fake PDF is rejected; links only in the detail', async () => {
    const pdf = await upload(wujinAdmin, 'application/pdf', PDF);
    const jpeg = await upload(wujinAdmin, 'image/jpeg', sceneJpeg(drawScene(7, 96, 64), 85));
    const fake = await upload(wujinAdmin, 'application/pdf', sceneJpeg(drawScene(8, 96, 64), 85));
    expect([pdf.status, jpeg.status, fake.status]).toEqual(['VERIFIED', 'VERIFIED', 'REJECTED']);
    const refused = await send(
      'POST',
      '/api/agency-deductions',
      wujinAdmin,
      deduction(agency.id, { evidenceIds: [fake.photoId] }),
    );
    expect(refused.status).toBe(400);
    const made = await deduct(wujinAdmin, deduction(agency.id, { evidenceIds: [pdf.photoId, jpeg.photoId] }));
    const detail = (await send('GET', `/api/agency-deductions/${made.id}`, firm)).body as Deduction;
    expect(detail.evidence?.map((e) => e.contentType)).toEqual(['application/pdf', 'image/jpeg']);
    // Evidence is not reachable through the enterprise photo route, even by the city
    expect((await send('GET', `/api/photos/${pdf.photoId}`, city)).status).toBe(404);
    // Another district's admin cannot ask for an upload for this agency
    const other = await send('POST', '/api/agency-deductions/evidence-uploads', liyangAdmin, {
      agencyId: agency.id,
      contentType: 'application/pdf',
    });
    expect(other.status).toBe(404);
  }, 60_000);

  it('the agency appeals with evidence; the district revokes: points back once, outcome on the detail, audited', async () => {
    // Prepare
    const d = await deduct(wujinAdmin, deduction(agency.id, { ruleCode: 'A-01', points: 5 }));
    const before = await scoreOf(agency.id);
    const proof = await upload(firm, 'application/pdf', PDF);

    // Act
    const appealed = await send('POST', `/api/agency-deductions/${d.id}/appeal`, firm, {
      statement: '报告结论与现场一致，附检测原始记录',
      evidenceIds: [proof.photoId],
    });
    const twice = await send('POST', `/api/agency-deductions/${d.id}/appeal`, firm, {
      statement: '再次申诉',
    });
    const appeal = appealed.body as Appeal;
    const inbox = (await send('GET', '/api/agency-appeals?status=pending', wujinAdmin)).body as {
      data: Appeal[];
    };
    const liyangInbox = (await send('GET', '/api/agency-appeals', liyangAdmin)).body as { data: Appeal[] };
    const decided = await Promise.all(
      [wujinAdmin, city].map((h) =>
        send('POST', `/api/agency-appeals/${appeal.id}/decide`, h, {
          outcome: 'revoke',
          reason: '原始记录证明结论无误',
        }),
      ),
    );

    // Assess
    expect(appealed.status).toBe(201);
    expect(twice.status).toBe(409);
    expect(inbox.data.map((a) => a.id)).toContain(appeal.id);
    expect(liyangInbox.data).toEqual([]);
    expect(decided.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(await scoreOf(agency.id)).toEqual({
      score: (before?.score ?? 0) + 5,
      points: (before?.points ?? 0) - 5,
      deductions: (before?.deductions ?? 0) - 1,
    });
    const detail = (await send('GET', `/api/agency-deductions/${d.id}`, firm)).body as Deduction;
    expect(detail).toMatchObject({ status: 'revoked', appealStatus: 'revoked' });
    expect(detail.appeals?.[0]).toMatchObject({ status: 'revoked', decisionReason: '原始记录证明结论无误' });
    const reader = auditTableReader(stack);
    const entries = await reader.entries();
    reader.close();
    const about = (id: string) =>
      entries
        .filter((e) => e.entityId === id)
        .map((e) => e.action)
        .sort();
    expect(about(appeal.id)).toEqual(['appeal', 'revoke']);
    expect(about(d.id)).toEqual(['create']); // the revocation is the appeal's entry (one per call)
  }, 60_000);

  it('upheld: the deduction stays live and the appeal shows the reason', async () => {
    const d = await deduct(wujinAdmin, deduction(agency.id));
    const appeal = (await send('POST', `/api/agency-deductions/${d.id}/appeal`, firm, { statement: '不服' }))
      .body as Appeal;
    const noReason = await send('POST', `/api/agency-appeals/${appeal.id}/decide`, wujinAdmin, {
      outcome: 'uphold',
    });
    const upheld = await send('POST', `/api/agency-appeals/${appeal.id}/decide`, wujinAdmin, {
      outcome: 'uphold',
      reason: '证据不足以推翻原认定',
    });
    expect(noReason.status).toBe(400);
    expect(upheld.status).toBe(200);
    const detail = (await send('GET', `/api/agency-deductions/${d.id}`, wujinAdmin)).body as Deduction;
    expect(detail).toMatchObject({ status: 'live', appealStatus: 'upheld' });
    const own = (await send('GET', '/api/agency-appeals?status=upheld', firm)).body as { data: Appeal[] };
    expect(own.data.map((a) => a.id)).toEqual([appeal.id]);
  });
});
