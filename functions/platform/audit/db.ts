import * as z from 'zod';
import { readEnv } from '#functions/platform/env';
import { auditTable } from '#functions/platform/tables';

const env = readEnv({ [auditTable.envVar]: z.string().min(3) });

/** Physical name of the audit table (CloudFormation-generated in AWS, `audit` locally). */
export const auditTableName = env[auditTable.envVar] as string;
