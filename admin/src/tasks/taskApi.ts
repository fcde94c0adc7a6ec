import { createApiClient } from '../api/httpClient';
import { uploadVerifiedPhoto } from '../api/verifiedPhoto';

/** The task routes that are not record CRUD (the menu's counts, completing, a completion photo). */
const api = createApiClient();

export interface TaskCounts {
  open: number;
  overdue: number;
}

export const taskCounts = () => api<TaskCounts>('/task-counts');

export const completeTask = (id: string, body: { result: string; note: string; photoIds: string[] }) =>
  api(`/tasks/${encodeURIComponent(id)}/complete`, { method: 'POST', body });

/** One on-site photo (kind `task`, of the task's enterprise), verified: only verified photos can close a task. */
export const uploadTaskPhoto = (file: File, enterpriseId: string) =>
  uploadVerifiedPhoto(file, 'task', enterpriseId);
