import * as z from 'zod';
import { readEnv } from '#functions/lib/env';
import { auditTable } from './audit-table';

const env = readEnv({ [auditTable.envVar]: z.string().min(3) });

/** Physical name of the audit table (CloudFormation-generated in AWS, `audit` locally). */
export const auditTableName = env[auditTable.envVar] as string;
