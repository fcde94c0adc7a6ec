import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { tagLocalCaller } from '#functions/platform/caller';
import { optionalUrl, readEnv } from '#functions/platform/env';
import { mainTable } from '#functions/platform/tables';

const env = readEnv({ [mainTable.envVar]: z.string().min(3), DYNAMODB_ENDPOINT: optionalUrl });

/** Physical name of the main table (CloudFormation-generated in AWS, `main` locally). */
export const tableName = env[mainTable.envVar] as string;

// Created once per cold start; the endpoint is set only by the local stack (dynalite, with local IAM).
export const dynamoClient = env.DYNAMODB_ENDPOINT
  ? tagLocalCaller(new DynamoDBClient({ endpoint: env.DYNAMODB_ENDPOINT }))
  : new DynamoDBClient({});
export const documentClient = DynamoDBDocumentClient.from(dynamoClient, {
  marshallOptions: { removeUndefinedValues: true },
});
