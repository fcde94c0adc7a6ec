import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callJson, type JsonService } from '#functions/platform/aws/json-protocol';
import { inputToWire, outputFromWire } from '#functions/platform/dynamo/document';

/** A scripted endpoint: each request takes the next [status, body] and is recorded. */
const script: [number, object][] = [];
const received: { target: string; body: string; authorization: string }[] = [];
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    received.push({
      target: String(request.headers['x-amz-target']),
      body: Buffer.concat(chunks).toString('utf8'),
      authorization: String(request.headers.authorization),
    });
    const [status, body] = script.shift() ?? [200, {}];
    response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'R1' });
    response.end(JSON.stringify(body));
  });
});
let service: JsonService;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  service = {
    service: 'dynamodb',
    targetPrefix: 'DynamoDB_20120810',
    jsonVersion: '1.0',
    endpoint: `http://127.0.0.1:${port}`,
  };
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  script.length = 0;
  received.length = 0;
});

const throttled = [
  400,
  { __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException', message: 'slow down' },
] as [number, object];

describe('calling DynamoDB over its JSON protocol', () => {
  it('sends the operation as the target, signed, and answers the parsed body', async () => {
    // Prepare
    script.push([200, { Count: 0, Items: [] }]);

    // Act
    const answer = await callJson(service, 'Query', { TableName: 'main' });

    // Assess
    expect(answer).toEqual({ Count: 0, Items: [] });
    expect(received).toHaveLength(1);
    expect(received[0]?.target).toBe('DynamoDB_20120810.Query');
    expect(JSON.parse(received[0]?.body ?? '')).toEqual({ TableName: 'main' });
    expect(received[0]?.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=\w+\/\d{8}\/cn-north-1\/dynamodb\/aws4_request/,
    );
  });

  it('retries throttling and server errors, up to three attempts in all', async () => {
    // Prepare
    script.push(throttled, [500, {}], [200, { Item: { pk: { S: 'a' } } }]);

    // Act
    const answer = await callJson(service, 'GetItem', {});

    // Assess
    expect(answer).toEqual({ Item: { pk: { S: 'a' } } });
    expect(received).toHaveLength(3);
  });

  it('gives up after the third throttled attempt with the service’s error', async () => {
    // Prepare
    script.push(throttled, throttled, throttled, [200, {}]);

    // Act
    const failure = await callJson(service, 'GetItem', {}).catch((error: unknown) => error);

    // Assess
    expect(failure).toMatchObject({
      name: 'ProvisionedThroughputExceededException',
      message: 'slow down',
      $metadata: { httpStatusCode: 400, requestId: 'R1', attempts: 3 },
    });
    expect(received).toHaveLength(3);
  });

  it('never retries a failed condition, and keeps the item the service returned with it', async () => {
    // Prepare
    script.push([
      400,
      {
        __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
        message: 'The conditional request failed',
        Item: { pk: { S: 'a' } },
      },
    ]);

    // Act
    const failure = await callJson(service, 'PutItem', {}).catch((error: unknown) => error);

    // Assess
    expect(failure).toMatchObject({
      name: 'ConditionalCheckFailedException',
      $fault: 'client',
      details: { Item: { pk: { S: 'a' } } },
    });
    expect(received).toHaveLength(1);
  });
});

describe('plain values to DynamoDB’s typed values and back', () => {
  it('types keys, items, values and start keys of a request', () => {
    // Act
    const wire = inputToWire('Query', {
      TableName: 'main',
      ExpressionAttributeValues: { ':pk': 'ent#wujin', ':n': 3, ':on': true },
      ExclusiveStartKey: { pk: 'ent#wujin', sk: 'E1' },
    });

    // Assess
    expect(wire).toEqual({
      TableName: 'main',
      ExpressionAttributeValues: { ':pk': { S: 'ent#wujin' }, ':n': { N: '3' }, ':on': { BOOL: true } },
      ExclusiveStartKey: { pk: { S: 'ent#wujin' }, sk: { S: 'E1' } },
    });
  });

  it('types the key of a get and reads the item back', () => {
    // Act
    const wire = inputToWire('GetItem', { TableName: 'main', Key: { pk: 'ent#E1', sk: 'ent' } });
    const answer = outputFromWire('GetItem', { Item: { pk: { S: 'ent#E1' }, tags: { SS: ['a'] } } });

    // Assess
    expect(wire).toEqual({ TableName: 'main', Key: { pk: { S: 'ent#E1' }, sk: { S: 'ent' } } });
    expect(answer).toEqual({ Item: { pk: 'ent#E1', tags: new Set(['a']) } });
  });

  it('types every put and delete of a batch write, and leaves out undefined attributes', () => {
    // Act
    const wire = inputToWire('BatchWriteItem', {
      RequestItems: {
        main: [
          { PutRequest: { Item: { pk: 'a', flags: ['x'], gone: undefined } } },
          { DeleteRequest: { Key: { pk: 'b' } } },
        ],
      },
    });

    // Assess
    expect(wire).toEqual({
      RequestItems: {
        main: [
          { PutRequest: { Item: { pk: { S: 'a' }, flags: { L: [{ S: 'x' }] } } } },
          { DeleteRequest: { Key: { pk: { S: 'b' } } } },
        ],
      },
    });
  });

  it('types the keys of a batch get and reads its responses and unprocessed keys back', () => {
    // Act
    const wire = inputToWire('BatchGetItem', {
      RequestItems: { main: { Keys: [{ pk: 'a' }], ConsistentRead: true } },
    });
    const answer = outputFromWire('BatchGetItem', {
      Responses: { main: [{ pk: { S: 'a' }, n: { N: '2' } }] },
      UnprocessedKeys: { main: { Keys: [{ pk: { S: 'b' } }] } },
    });

    // Assess
    expect(wire).toEqual({ RequestItems: { main: { Keys: [{ pk: { S: 'a' } }], ConsistentRead: true } } });
    expect(answer).toEqual({
      Responses: { main: [{ pk: 'a', n: 2 }] },
      UnprocessedKeys: { main: { Keys: [{ pk: 'b' }] } },
    });
  });

  it('reads items, attributes, the last key and unprocessed writes back as plain values', () => {
    // Act
    const query = outputFromWire('Query', {
      Items: [{ pk: { S: 'a' } }],
      LastEvaluatedKey: { pk: { S: 'a' } },
      Count: 1,
    });
    const update = outputFromWire('UpdateItem', { Attributes: { m: { M: { x: { NULL: true } } } } });
    const batch = outputFromWire('BatchWriteItem', {
      UnprocessedItems: { main: [{ PutRequest: { Item: { pk: { S: 'c' } } } }] },
    });

    // Assess
    expect(query).toEqual({ Items: [{ pk: 'a' }], LastEvaluatedKey: { pk: 'a' }, Count: 1 });
    expect(update).toEqual({ Attributes: { m: { x: null } } });
    expect(batch).toEqual({ UnprocessedItems: { main: [{ PutRequest: { Item: { pk: 'c' } } }] } });
  });
});
