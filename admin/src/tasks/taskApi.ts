import { createApiClient } from '../api/httpClient';
import { uploadWithPresignedPost } from '../api/presignedUpload';

/** The task routes that are not record CRUD (the menu's counts, completing, a completion photo). */
const api = createApiClient();

export interface TaskCounts {
  open: number;
  overdue: number;
}

export const taskCounts = () => api<TaskCounts>('/task-counts');

export const completeTask = (id: string, body: { result: string; note: string; photoIds: string[] }) =>
  api(`/tasks/${encodeURIComponent(id)}/complete`, { method: 'POST', body });

interface Ticket {
  photoId: string;
  upload: { url: string; fields: Record<string, string> };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One on-site photo (kind `task`, of the task's enterprise): asks for an upload, posts the file to the bucket,
 * then waits until the server's check says VERIFIED — only verified photos can close a task.
 */
export async function uploadTaskPhoto(file: File, enterpriseId: string): Promise<string> {
  const ticket = await api<Ticket>('/uploads', {
    method: 'POST',
    body: { kind: 'task', contentType: file.type, enterpriseId },
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
