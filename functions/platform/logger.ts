import { Logger } from '@aws-lambda-powertools/logger';

/** One structured JSON logger per process; request handlers append the request id to it. */
export const logger = new Logger({ serviceName: 'changan' });
