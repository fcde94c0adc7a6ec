import { createApiClient } from '../api/httpClient';
import { uploadWithPresignedPost } from '../api/presignedUpload';

/** The evidence routes of agency-deductions: a ticket, the bucket's presigned POST, then the server's check. */
const api = createApiClient();

export const evidenceTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
type EvidenceType = (typeof evidenceTypes)[number];

interface Ticket {
  photoId: string;
  maxBytes: number;
  upload: { url: string; fields: Record<string, string> };
}

interface EvidenceState {
  photoId: string;
  status: 'PENDING' | 'VERIFIED' | 'REJECTED';
  contentType: string;
  rejectMessage?: string;
}

export type EvidencePhase =
  | { phase: 'upload'; fraction: number }
  | { phase: 'verify' }
  | { phase: 'verified'; photoId: string }
  | { phase: 'rejected'; message: string };

/** A problem the uploader shows under the file, by i18n key (with its placeholders). */
export class EvidenceProblem extends Error {
  constructor(
    readonly key: string,
    readonly args: Record<string, unknown> = {},
  ) {
    super(key);
  }
}

const POLL_MS = 800;
const VERIFY_TIMEOUT_MS = 40_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const isEvidenceType = (type: string): type is EvidenceType =>
  (evidenceTypes as readonly string[]).includes(type);

/**
 * One evidence file of `agencyId`: asks for a ticket, posts the file to the bucket, then polls its state until
 * VERIFIED (resolves with the photo id) or REJECTED (resolves with the server's Chinese reason). Network and
 * API failures throw.
 */
export async function uploadEvidence(
  file: File,
  agencyId: string,
  onPhase: (phase: EvidencePhase) => void,
): Promise<EvidencePhase> {
  if (!isEvidenceType(file.type)) throw new EvidenceProblem('app.agencyDeduction.evidence.badType');
  const ticket = await api<Ticket>('/agency-deductions/evidence-uploads', {
    method: 'POST',
    body: { agencyId, contentType: file.type },
  });
  if (file.size > ticket.maxBytes)
    throw new EvidenceProblem('app.agencyDeduction.evidence.tooLarge', {
      mb: Math.floor(ticket.maxBytes / 1024 / 1024),
    });
  onPhase({ phase: 'upload', fraction: 0 });
  await uploadWithPresignedPost(ticket.upload, file, {
    onProgress: (loaded, total) => onPhase({ phase: 'upload', fraction: total > 0 ? loaded / total : 0 }),
  });
  onPhase({ phase: 'verify' });
  const deadline = Date.now() + VERIFY_TIMEOUT_MS;
  for (;;) {
    const state = await api<EvidenceState>(
      `/agency-deductions/evidence-uploads/${encodeURIComponent(ticket.photoId)}`,
    );
    if (state.status === 'VERIFIED') return { phase: 'verified', photoId: ticket.photoId };
    if (state.status === 'REJECTED') return { phase: 'rejected', message: state.rejectMessage ?? '' };
    if (Date.now() > deadline) throw new EvidenceProblem('app.agencyDeduction.evidence.timeout');
    await pause(POLL_MS);
  }
}
