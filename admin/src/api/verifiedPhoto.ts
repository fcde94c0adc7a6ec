import { createApiClient } from './httpClient';
import { uploadWithPresignedPost } from './presignedUpload';

const api = createApiClient();

interface Ticket {
  photoId: string;
  upload: { url: string; fields: Record<string, string> };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One photo of `enterpriseId` uploaded from the console (a task's on-site photo, a zeroing check's): asks for an
 * upload of `kind`, posts the file to the bucket, then waits until the server's check says VERIFIED (only
 * verified photos can be attached) and answers its id; a rejected photo or a check past 40 s throws in Chinese.
 */
export async function uploadVerifiedPhoto(file: File, kind: string, enterpriseId: string): Promise<string> {
  const ticket = await api<Ticket>('/uploads', {
    method: 'POST',
    body: { kind, contentType: file.type, enterpriseId },
  });
  await uploadWithPresignedPost(ticket.upload, file);
  const deadline = Date.now() + 40_000;
  for (;;) {
    const photo = await api<{ status: string; rejectMessage?: string }>(`/photos/${ticket.photoId}`);
    if (photo.status === 'VERIFIED') return ticket.photoId;
    if (photo.status === 'REJECTED')
      throw new Error(`照片未通过校验：${photo.rejectMessage ?? '文件不是有效的照片'}`);
    if (Date.now() > deadline) throw new Error('照片校验超时，请稍后重试');
    await pause(800);
  }
}
