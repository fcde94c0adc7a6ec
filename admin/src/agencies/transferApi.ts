import type {
  AgencyExportTask,
  AgencyImportCreate,
  AgencyImportTask,
} from '#functions/agencies/transfer-schemas';
import { agencyImportCreateSchema } from '#functions/agencies/transfer-schemas';
import { createApiClient } from '../api/httpClient';
import type { PresignedPost } from '../api/presignedUpload';

/** The agencies' transfer routes: an import task and its upload, an export task, and their progress. */
const api = createApiClient();

export type { AgencyExportTask, AgencyImportTask };

export const startAgencyImport = (request: AgencyImportCreate) =>
  api<{ task: AgencyImportTask; upload: PresignedPost }>('/agency-imports', {
    method: 'POST',
    body: request,
  });
export const getAgencyImport = (id: string, signal: AbortSignal) =>
  api<AgencyImportTask>(`/agency-imports/${encodeURIComponent(id)}`, { signal });

const filterKeys = ['q', 'type', 'districtId', 'status', 'listed'] as const;

/** The list's filter as POST /api/agency-exports takes it: known fields only, empty ones left out. */
export function toAgencyExportFilter(filter: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key of filterKeys) {
    const value = filter[key];
    if (typeof value === 'string' && value.trim() !== '') result[key] = value.trim();
    if (typeof value === 'boolean') result[key] = String(value);
  }
  return result;
}

export const startAgencyExport = (filter: Record<string, unknown>) =>
  api<AgencyExportTask>('/agency-exports', {
    method: 'POST',
    body: { filter: toAgencyExportFilter(filter) },
  });
export const getAgencyExport = (id: string, signal: AbortSignal) =>
  api<AgencyExportTask>(`/agency-exports/${encodeURIComponent(id)}`, { signal });

/** The format the API expects, from the file's extension; null for anything else. */
export function agencyImportFormat(fileName: string): 'xlsx' | 'csv' | null {
  const extension = fileName.toLowerCase().split('.').pop();
  return extension === 'xlsx' || extension === 'csv' ? extension : null;
}

/** Why the API would refuse this file (type, empty, too big), in its words; null when it is fine. */
export function agencyImportProblem(file: File): string | null {
  const format = agencyImportFormat(file.name);
  const parsed = agencyImportCreateSchema.safeParse({ fileName: file.name, format, size: file.size });
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? null);
}
