import * as z from 'zod';
import { pageQuerySchema } from '#functions/platform/schemas/pagination';
import {
  districtIdSchema,
  queryTextSchema,
  recordIdSchema,
  roleSchema,
} from '#functions/platform/schemas/scope';

export const auditChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  role: roleSchema,
  districtId: z.string().optional(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  summary: z.string().optional(),
  changes: z.array(auditChangeSchema),
  requestId: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListQuerySchema = pageQuerySchema.extend({
  districtId: districtIdSchema.optional(),
  entity: queryTextSchema(32).optional(),
  actorId: recordIdSchema.optional(),
});
