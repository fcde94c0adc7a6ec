import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { transferTask } from '#functions/enterprises/store/entities/transfer-task';
import { claimTransferTask, RUN_LEASE_MS, updateRun } from '#functions/enterprises/store/transfer-runs';
import { dynamoWire } from '#tests/fixtures/dynamo-wire';

const dynamo = dynamoWire();
const NOW = new Date('2026-11-30T02:00:00Z');
const TASK_ID = '01M8NB6TF07NM7Z2RENN3W3WSS';
const KEY = `imports/wujin/${TASK_ID}.xlsx`;

/** The task exactly as ElectroDB stores it. */
function storedTask(overrides: Record<string, unknown> = {}) {
  return transferTask
    .put({
      taskId: TASK_ID,
      kind: 'import',
      status: 'PENDING',
      requester: {
        userId: 'U1',
        username: 'wujin-admin',
        name: '武进管理员',
        role: 'districtAdmin',
        districtId: 'wujin',
      },
      objectKey: KEY,
      fileName: '企业名单.xlsx',
      format: 'xlsx',
      createdAt: '2026-11-30T01:59:00Z',
      updatedAt: '2026-11-30T01:59:00Z',
      ...overrides,
    })
    .params<{ Item: Record<string, unknown> }>().Item;
}
const conditionFailed = () => ({ name: 'ConditionalCheckFailedException', message: 'failed' });

describe('claiming a transfer task for a worker run', () => {
  beforeEach(() => dynamo.reset());

  it('takes a PENDING task, or a RUNNING one whose lease has run out, and sets a fresh lease', async () => {
    // Prepare
    dynamo.on(GetCommand).resolves({ Item: storedTask() });
    dynamo.on(UpdateCommand).resolves({ Attributes: storedTask({ status: 'RUNNING', attempts: 1 }) });

    // Act
    const claim = await claimTransferTask('import', TASK_ID, KEY, 'etag-1', NOW);

    // Assess
    expect(claim).toMatchObject({
      run: { taskId: TASK_ID, runId: expect.any(String) },
      task: { status: 'RUNNING' },
    });
    const update = dynamo.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(update?.ConditionExpression).toBe(
      'attribute_exists(#pk) AND attribute_exists(#sk) AND (#status = :status0 OR (#status = :status1 AND #leaseUntil < :leaseUntil0))',
    );
    const values = Object.values(update?.ExpressionAttributeValues ?? {});
    expect(values).toEqual(
      expect.arrayContaining([
        'PENDING',
        'RUNNING',
        NOW.toISOString(),
        'etag-1',
        new Date(NOW.getTime() + RUN_LEASE_MS).toISOString(),
      ]),
    );
  });

  it('does nothing for the same object again (a duplicate event) while another run holds the task', async () => {
    // Prepare
    dynamo.on(GetCommand).resolves({ Item: storedTask({ status: 'RUNNING', eTag: 'etag-1' }) });
    dynamo.on(UpdateCommand).rejects(conditionFailed());

    // Act
    const claim = await claimTransferTask('import', TASK_ID, KEY, 'etag-1', NOW);

    // Assess
    expect(claim).toEqual({ skip: 'duplicate' });
  });

  it('calls a different object under a finished task’s key a replay', async () => {
    // Prepare
    dynamo.on(GetCommand).resolves({ Item: storedTask({ status: 'DONE', eTag: 'etag-1' }) });
    dynamo.on(UpdateCommand).rejects(conditionFailed());

    // Act + Assess
    expect(await claimTransferTask('import', TASK_ID, KEY, 'etag-2', NOW)).toEqual({ skip: 'replay' });
  });

  it('calls a key that no task expects unknown, without trying to claim anything', async () => {
    // Prepare
    dynamo.on(GetCommand).resolves({ Item: storedTask({ objectKey: `imports/liyang/${TASK_ID}.xlsx` }) });

    // Act
    const claim = await claimTransferTask('import', TASK_ID, KEY, 'etag-1', NOW);

    // Assess
    expect(claim).toEqual({ skip: 'unknown' });
    expect(dynamo.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('writes progress only while its own run holds the task, renewing the lease', async () => {
    // Prepare
    dynamo.on(UpdateCommand).resolves({});

    // Act
    await updateRun({ taskId: TASK_ID, runId: 'run-1' }, { processed: 500, total: 1000 }, NOW);

    // Assess
    const update = dynamo.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(update?.ConditionExpression).toMatch(/#runId = :runId0 AND #status = :status0$/);
    expect(Object.values(update?.ExpressionAttributeValues ?? {})).toEqual(
      expect.arrayContaining(['run-1', 500, 1000]),
    );
  });
});
