import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { jobRun } from '#functions/platform/jobs/job-run-entity';
import { handler } from '#functions/system/jobs/heartbeat';
import { dynamoWire } from '#tests/fixtures/dynamo-wire';

const dynamo = dynamoWire();

describe('the heartbeat job', () => {
  beforeEach(() => dynamo.reset());

  it('records one run for its ten-minute slot, in Asia/Shanghai-independent UTC keys', async () => {
    // Prepare
    dynamo.on(GetCommand).resolves({});
    dynamo.on(PutCommand).resolves({});
    dynamo.on(UpdateCommand).resolves({ Attributes: {} });

    // Act
    const result = await handler({ at: '2026-11-30T18:07:00+08:00' });

    // Assess
    expect(result).toEqual({ items: 1 });
    const put = dynamo.commandCalls(PutCommand)[0]?.args[0].input;
    expect(put?.Item).toMatchObject({ job: 'heartbeat', periodKey: '2026-11-30T10:00', status: 'RUNNING' });
    const update = dynamo.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(JSON.stringify(update?.ExpressionAttributeValues)).toContain('DONE');
  });

  it('does nothing when the run for that slot is already done, as when the scheduler retries', async () => {
    // Prepare
    const done = {
      job: 'heartbeat',
      periodKey: '2026-11-30T10:00',
      status: 'DONE',
      startedAt: '2026-11-30T10:00:00Z',
    };
    // The item exactly as ElectroDB stores it, identity attributes included.
    const { Item } = jobRun.put({ ...done, status: 'DONE' }).params<{ Item: Record<string, unknown> }>();
    dynamo.on(GetCommand).resolves({ Item });

    // Act
    const result = await handler({ at: '2026-11-30T10:09:59Z' });

    // Assess
    expect(result).toEqual({ items: 0, skipped: true });
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(0);
  });

  it('rejects an event whose time is not an ISO timestamp', async () => {
    // Act + Assess
    await expect(handler({ at: 'tomorrow' })).rejects.toThrow();
    expect(dynamo.calls()).toHaveLength(0);
  });
});
