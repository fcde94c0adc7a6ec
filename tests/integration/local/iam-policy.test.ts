import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDynamo, checkS3 } from '#infra/local/iam-rules';
import { signedIn } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';
import {
  audit,
  createOnly,
  logged,
  main,
  photosBucket,
  stack,
  startIamStack,
  stopIamStack,
  transfersBucket,
} from '#tests/integration/local/iam-support';

beforeAll(startIamStack);
afterAll(stopIamStack);

describe('the local IAM policy', () => {
  it('maps modes to the actions CDK grants', () => {
    // Prepare
    const readOnly = { tables: { main: 'read' }, buckets: { photos: 'read' } } as const;
    const writeOnly = { tables: { main: 'write' }, buckets: { photos: 'write' } } as const;
    const readAppend = { tables: { audit: 'readAppend' } } as const;
    const noHeaders = {};

    // Act & Assess
    expect(checkDynamo(readOnly, 'Scan', { TableName: main })).toBeUndefined();
    expect(checkDynamo(readOnly, 'DeleteItem', { TableName: main })?.action).toBe('dynamodb:DeleteItem');
    expect(checkDynamo(writeOnly, 'UpdateItem', { TableName: main })).toBeUndefined();
    expect(checkDynamo(writeOnly, 'GetItem', { TableName: main })?.action).toBe('dynamodb:GetItem');
    expect(checkDynamo(readAppend, 'Query', { TableName: audit })).toBeUndefined();
    expect(checkDynamo(readAppend, 'PutItem', { TableName: audit, ...createOnly })).toBeUndefined();
    expect(checkDynamo(readAppend, 'PutItem', { TableName: audit })?.action).toBe('dynamodb:PutItem');
    expect(checkDynamo(readOnly, 'ListTables', {})?.resource).toContain('table/*');
    expect(checkDynamo(readOnly, 'CreateTable', { TableName: main })?.action).toBe('dynamodb:CreateTable');
    expect(checkS3(readOnly, 'GET', `/${photosBucket}/a.jpg?x-id=GetObject`, noHeaders)).toBeUndefined();
    expect(checkS3(readOnly, 'HEAD', `/${photosBucket}/a.jpg`, noHeaders)).toBeUndefined();
    expect(checkS3(readOnly, 'GET', `/${photosBucket}?list-type=2`, noHeaders)).toBeUndefined();
    expect(checkS3(readOnly, 'PUT', `/${photosBucket}/a.jpg`, noHeaders)?.action).toBe('s3:PutObject');
    expect(checkS3(writeOnly, 'DELETE', `/${photosBucket}/a.jpg`, noHeaders)).toBeUndefined();
    expect(checkS3(writeOnly, 'GET', `/${photosBucket}/a.jpg`, noHeaders)?.action).toBe('s3:GetObject');
    expect(checkS3(writeOnly, 'PUT', `/${photosBucket}`, noHeaders)).toBeDefined();
    expect(checkS3(writeOnly, 'GET', '/', noHeaders)?.action).toBe('s3:ListAllMyBuckets');
    const copy = { 'x-amz-copy-source': `/${transfersBucket}/secret.xlsx` };
    expect(checkS3(writeOnly, 'PUT', `/${photosBucket}/a.jpg`, copy)?.resource).toContain(transfersBucket);
  });
});

describe('the API behind local IAM', () => {
  it('still answers health, logins and supervisor writes, whose audit entries are appended', async () => {
    // Prepare
    const city = await signedIn(stack, { role: 'cityAdmin' });
    const linesBefore = logged.length;

    // Act
    const health = await callApi(stack, '/api/health');
    const town = await callApi(stack, '/api/towns', {
      method: 'POST',
      headers: city.headers,
      body: JSON.stringify({ districtId: 'wujin', name: '权限测试镇' }),
    });
    const log = await callApi(stack, '/api/audit?limit=100', { headers: city.headers });

    // Assess
    expect(health.status).toBe(200);
    expect(town.status).toBe(201);
    const requestId = town.headers.get('x-request-id');
    const entries = (log.body as { data: { requestId: string }[] }).data;
    expect(log.status).toBe(200);
    expect(entries.filter((entry) => entry.requestId === requestId)).toHaveLength(1);
    expect(logged.slice(linesBefore).filter((line) => line.startsWith('iam:'))).toEqual([]);
  });
});
