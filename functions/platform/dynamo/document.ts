import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';

// DynamoDB's wire format is typed attribute values ({ S: 'x' }); the stores speak plain values, as the SDK's
// DocumentClient does. These are the only fields that carry items, keys or values in the operations we use.
type Doc = Record<string, unknown>;
type Wire = Record<string, unknown>;

const toWire = (value: unknown) => marshall(value as Doc, { removeUndefinedValues: true });
const fromWire = (value: unknown) => unmarshall(value as Parameters<typeof unmarshall>[0]);

const mapFields = (object: Doc, fields: readonly string[], convert: (value: unknown) => unknown): Doc => {
  const copy: Doc = { ...object };
  for (const field of fields) if (copy[field] !== undefined) copy[field] = convert(copy[field]);
  return copy;
};
const mapValues = (object: unknown, convert: (value: unknown) => unknown): Doc =>
  Object.fromEntries(Object.entries((object ?? {}) as Doc).map(([name, value]) => [name, convert(value)]));

const inputFields = ['Key', 'Item', 'ExpressionAttributeValues', 'ExclusiveStartKey'] as const;
const outputFields = ['Item', 'Attributes', 'LastEvaluatedKey'] as const;

/** BatchWriteItem's `RequestItems` / `UnprocessedItems`: per table, put and delete requests. */
const convertWrites = (requests: unknown, convert: (value: unknown) => unknown) =>
  mapValues(requests, (list) =>
    (list as Doc[]).map((request) => {
      const put = request.PutRequest as Doc | undefined;
      const del = request.DeleteRequest as Doc | undefined;
      return {
        ...(put ? { PutRequest: { ...put, Item: convert(put.Item) } } : {}),
        ...(del ? { DeleteRequest: { ...del, Key: convert(del.Key) } } : {}),
      };
    }),
  );

/** BatchGetItem's `RequestItems` / `UnprocessedKeys`: per table, the keys and projection. */
const convertKeys = (requests: unknown, convert: (value: unknown) => unknown) =>
  mapValues(requests, (request) => ({
    ...(request as Doc),
    Keys: ((request as Doc).Keys as unknown[]).map(convert),
  }));

/** The operation's input with every item, key and value in wire form. */
export function inputToWire(operation: string, input: Doc): Wire {
  const wire = mapFields(input, inputFields, toWire);
  if (operation === 'BatchWriteItem') wire.RequestItems = convertWrites(input.RequestItems, toWire);
  if (operation === 'BatchGetItem') wire.RequestItems = convertKeys(input.RequestItems, toWire);
  return wire;
}

/** The operation's answer with items, keys and values as plain values. */
export function outputFromWire(operation: string, output: Wire): Doc {
  const doc = mapFields(output, outputFields, fromWire);
  if (Array.isArray(output.Items)) doc.Items = output.Items.map(fromWire);
  if (operation === 'BatchWriteItem' && output.UnprocessedItems)
    doc.UnprocessedItems = convertWrites(output.UnprocessedItems, fromWire);
  if (operation === 'BatchGetItem') {
    doc.Responses = mapValues(output.Responses, (items) => (items as unknown[]).map(fromWire));
    if (output.UnprocessedKeys) doc.UnprocessedKeys = convertKeys(output.UnprocessedKeys, fromWire);
  }
  return doc;
}

/** The item a failed conditional write returns under `ReturnValuesOnConditionCheckFailure: ALL_OLD`. */
export const itemFromWire = (item: unknown) => (item ? fromWire(item) : undefined);
