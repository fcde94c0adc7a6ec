import * as z from 'zod';
import { readEnv } from '#functions/platform/env';
import { keysTable } from '#functions/platform/tables';

const env = readEnv({ [keysTable.envVar]: z.string().min(3) });

/** Physical name of the token key table (CloudFormation-generated in AWS, `keys` locally). */
export const keysTableName = env[keysTable.envVar] as string;
