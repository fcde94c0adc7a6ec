import * as z from 'zod';
import { districtIds } from '#functions/platform/districts';
import { roles } from '#functions/platform/manifest-types';

/** Schemas every capability shares: who a caller is and where a record sits in the organization. */
export const roleSchema = z.enum(roles);

export const districtIdSchema = z.enum(districtIds, { error: '请选择辖市（区）' });

export const scopeSchema = z.object({
  districtId: z.string().optional(),
  townId: z.string().optional(),
  gridId: z.string().optional(),
  enterpriseId: z.string().optional(),
});
