import * as z from 'zod';
import { AwsServiceError, callJson, type JsonService } from '#functions/platform/aws/json-protocol';
import { inputToWire, itemFromWire, outputFromWire } from '#functions/platform/dynamo/document';
import { optionalUrl, readEnv } from '#functions/platform/env';
import { mainTable } from '#functions/platform/tables';

const env = readEnv({ [mainTable.envVar]: z.string().min(3), DYNAMODB_ENDPOINT: optionalUrl });

/** Physical name of the main table (CloudFormation-generated in AWS, `main` locally). */
export const tableName = env[mainTable.envVar] as string;

/**
 * DynamoDB over its JSON protocol, signed here: the SDK's client and document client cost every function about
 * 125 ms of cold start to load (issue 7's init budget), for the eight operations ElectroDB and the stores use.
 * The endpoint is set only by the local stack (dynalite behind local IAM).
 */
const dynamodb: JsonService = {
  service: 'dynamodb',
  targetPrefix: 'DynamoDB_20120810',
  jsonVersion: '1.0',
  endpoint: env.DYNAMODB_ENDPOINT,
};

type Doc = Record<string, unknown>;

/** Calls one DynamoDB operation with plain values in and out (what the SDK's DocumentClient does). */
export async function callDynamo(operation: string, input: Doc, signal?: AbortSignal): Promise<Doc> {
  try {
    return outputFromWire(
      operation,
      await callJson(dynamodb, operation, inputToWire(operation, input), signal),
    );
  } catch (error) {
    if (error instanceof AwsServiceError && error.details.Item)
      Object.assign(error, { Item: itemFromWire(error.details.Item) });
    throw error;
  }
}

/** An operation in ElectroDB's v2 client shape: `client.query(params).promise()`. */
const operation = (name: string) => (params: Doc) => {
  const controller = new AbortController();
  return { promise: () => callDynamo(name, params, controller.signal), abort: () => controller.abort() };
};

const noTransactions = () => {
  throw new Error(
    'DynamoDB transactions are not used here (the local emulator has none): see docs/decisions.md',
  );
};

/** The client every ElectroDB entity is given (ElectroDB recognises it by these methods). */
export const documentClient = {
  get: operation('GetItem'),
  put: operation('PutItem'),
  update: operation('UpdateItem'),
  delete: operation('DeleteItem'),
  query: operation('Query'),
  scan: operation('Scan'),
  batchGet: operation('BatchGetItem'),
  batchWrite: operation('BatchWriteItem'),
  createSet: (values: unknown[]) => new Set(values),
  transactWrite: noTransactions,
  transactGet: noTransactions,
};
