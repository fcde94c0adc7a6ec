import { UploadError, uploadWithPresignedPost } from '../../api/presignedUpload';
import { ApiError, api, isTransient } from '../api/client';
import type { PhotoState, UploadPolicy } from '../api/types';
import type { OutboxPhoto, Transport } from '../outbox/outbox';

/** Tries per photo within one send; each asks for a fresh policy (they expire after 5 minutes). */
const UPLOAD_TRIES = 3;
const VERIFY_POLL_MS = 800;
const VERIFY_TIMEOUT_MS = 40_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sendToBucket(
  photo: OutboxPhoto,
  enterpriseId: string,
  onProgress: (fraction: number) => void,
) {
  for (let attempt = 1; ; attempt++) {
    const policy = await api<UploadPolicy>('/uploads', {
      method: 'POST',
      body: { kind: photo.kind, contentType: photo.blob.type, enterpriseId },
    });
    try {
      await uploadWithPresignedPost(policy.upload, photo.blob, {
        onProgress: (loaded, total) => onProgress(total > 0 ? loaded / total : 0),
      });
      return policy.photoId;
    } catch (error) {
      const status = error instanceof UploadError ? error.status : 0;
      if (attempt >= UPLOAD_TRIES) throw new ApiError((error as Error).message, status === 0 ? 0 : 503);
      onProgress(0);
      await pause(1000 * attempt);
    }
  }
}

/** Polls GET /api/photos/{id} until the server's check says VERIFIED (or REJECTED, which is final). */
async function waitVerified(photoId: string): Promise<void> {
  const deadline = Date.now() + VERIFY_TIMEOUT_MS;
  for (;;) {
    const photo = await api<PhotoState>(`/photos/${encodeURIComponent(photoId)}`);
    if (photo.status === 'VERIFIED') return;
    if (photo.status === 'REJECTED')
      throw new ApiError(
        `照片未通过校验：${photo.rejectMessage ?? '文件不是有效的照片'}，请重新拍摄`,
        422,
        'PHOTO_REJECTED',
      );
    if (Date.now() > deadline) throw new ApiError('照片校验超时，稍后将自动重试', 0);
    await pause(VERIFY_POLL_MS);
  }
}

/** The real network: the API for policies, photo states and writes; S3 for the bytes. */
export const networkTransport: Transport = {
  async uploadPhoto(photo, enterpriseId, onProgress) {
    const photoId = await sendToBucket(photo, enterpriseId, (fraction) => onProgress(fraction, 'upload'));
    onProgress(1, 'verify');
    await waitVerified(photoId);
    return photoId;
  },
  post: (path, body) => api(path, { method: 'POST', body }),
  isTransient,
};
