import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import {
  CLAIM_LEASE_MS,
  claimCreditCode,
  releaseCreditCode,
} from '#functions/enterprises/store/credit-code-claims';
import { creditCodeClaim } from '#functions/enterprises/store/entities/credit-code-claim';
import { enterprise } from '#functions/enterprises/store/entities/enterprise';
import { dynamoWire } from '#tests/fixtures/dynamo-wire';

const dynamo = dynamoWire();
const CODE = withCheckChar('91320412MA1XYW123');
const OTHER_CODE = withCheckChar('91320412MA1XYW456');
const NOW = new Date('2026-11-30T02:00:00Z');
const LONG_AGO = new Date(NOW.getTime() - CLAIM_LEASE_MS - 1000).toISOString();

const conditionFailed = () => ({
  name: 'ConditionalCheckFailedException',
  message: 'The conditional request failed',
});

/** Items exactly as ElectroDB stores them, identity attributes included. */
function storedClaim(enterpriseId: string, claimedAt: string) {
  return creditCodeClaim
    .put({ creditCode: CODE, enterpriseId, claimedAt })
    .params<{ Item: Record<string, unknown> }>().Item;
}
function storedEnterprise(id: string, creditCode: string) {
  return enterprise
    .put({
      id,
      creditCode,
      name: '常州恒泰钢铁有限公司',
      districtId: 'wujin',
      townId: 'T1',
      industry: '冶金',
      status: '正常生产',
      flags: [],
      principal: { name: '王伟', phone: '13812341234' },
      createdAt: LONG_AGO,
      updatedAt: LONG_AGO,
    })
    .params<{ Item: Record<string, unknown> }>().Item;
}

function givenHeldBy(holderId: string, claimedAt: string, holderEnterprise?: Record<string, unknown>) {
  dynamo.on(PutCommand).rejects(conditionFailed());
  const claimKey = creditCodeClaim.get({ creditCode: CODE }).params().Key;
  const enterpriseKey = enterprise.get({ id: holderId }).params().Key;
  dynamo.on(GetCommand, { Key: claimKey }).resolves({ Item: storedClaim(holderId, claimedAt) });
  dynamo.on(GetCommand, { Key: enterpriseKey }).resolves({ Item: holderEnterprise });
  dynamo.on(UpdateCommand).resolves({});
}

describe('claiming a credit code', () => {
  beforeEach(() => dynamo.reset());

  it('puts the claim only if the code is free or already held by the same enterprise, so re-runs converge', async () => {
    // Prepare
    dynamo.on(PutCommand).resolves({});

    // Act
    await claimCreditCode(CODE, 'E1', NOW);

    // Assess
    const put = dynamo.commandCalls(PutCommand)[0]?.args[0].input;
    expect(put?.Item).toMatchObject({ creditCode: CODE, enterpriseId: 'E1', claimedAt: NOW.toISOString() });
    expect(put?.ConditionExpression).toMatch(
      /attribute_not_exists\(#creditCode\) OR #enterpriseId = :enterpriseId\d/,
    );
    expect(Object.values(put?.ExpressionAttributeValues ?? {})).toContain('E1');
    expect(dynamo.commandCalls(GetCommand)).toHaveLength(0);
  });

  it('refuses a code held by an existing enterprise with that code: 409 DUPLICATE_CREDIT_CODE', async () => {
    // Prepare
    givenHeldBy('E0', LONG_AGO, storedEnterprise('E0', CODE));

    // Act
    const claim = claimCreditCode(CODE, 'E1', NOW);

    // Assess
    await expect(claim).rejects.toMatchObject({
      status: 409,
      code: 'DUPLICATE_CREDIT_CODE',
      // The claim alone does not know the caller's scope: it says the code is taken, never where (issue 9.6).
      message: '该统一社会信用代码已被登记，如需核实请联系市应急管理局',
    });
    expect(dynamo.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('refuses a young claim without looking further, because its enterprise may still be on its way', async () => {
    // Prepare
    givenHeldBy('E0', new Date(NOW.getTime() - 5000).toISOString());

    // Act
    const claim = claimCreditCode(CODE, 'E1', NOW);

    // Assess
    await expect(claim).rejects.toMatchObject({ code: 'DUPLICATE_CREDIT_CODE' });
    expect(dynamo.commandCalls(GetCommand)).toHaveLength(1);
    expect(dynamo.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('takes over a stale claim whose enterprise was never written or was deleted', async () => {
    // Prepare
    givenHeldBy('E0', LONG_AGO);

    // Act
    await claimCreditCode(CODE, 'E1', NOW);

    // Assess
    const update = dynamo.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(update?.ConditionExpression).toContain('#enterpriseId = :enterpriseId');
    expect(update?.ConditionExpression).toContain('#claimedAt = :claimedAt');
    expect(Object.values(update?.ExpressionAttributeValues ?? {})).toEqual(
      expect.arrayContaining(['E1', 'E0', LONG_AGO]),
    );
  });

  it('takes over a stale claim whose enterprise has moved on to another code', async () => {
    // Prepare
    givenHeldBy('E0', LONG_AGO, storedEnterprise('E0', OTHER_CODE));

    // Act
    await claimCreditCode(CODE, 'E1', NOW);

    // Assess
    expect(dynamo.commandCalls(UpdateCommand)).toHaveLength(1);
  });

  it('answers 409 when another writer takes over the same stale claim first', async () => {
    // Prepare
    givenHeldBy('E0', LONG_AGO);
    dynamo.on(UpdateCommand).rejects(conditionFailed());

    // Act
    const claim = claimCreditCode(CODE, 'E1', NOW);

    // Assess
    await expect(claim).rejects.toMatchObject({ code: 'DUPLICATE_CREDIT_CODE' });
  });

  it('passes on errors other than a failed condition', async () => {
    // Prepare
    dynamo
      .on(PutCommand)
      .rejects(Object.assign(new Error('throttled'), { name: 'ProvisionedThroughputExceededException' }));

    // Act + Assess
    await expect(claimCreditCode(CODE, 'E1', NOW)).rejects.toThrow();
    expect(dynamo.commandCalls(GetCommand)).toHaveLength(0);
  });
});

describe('releasing a credit code', () => {
  beforeEach(() => dynamo.reset());

  it('deletes the claim only while the enterprise still holds it', async () => {
    // Prepare
    dynamo.on(DeleteCommand).resolves({});

    // Act
    await releaseCreditCode(CODE, 'E1');

    // Assess
    const deletion = dynamo.commandCalls(DeleteCommand)[0]?.args[0].input;
    expect(deletion?.ConditionExpression).toMatch(/#enterpriseId = :enterpriseId\d/);
    expect(Object.values(deletion?.ExpressionAttributeValues ?? {})).toContain('E1');
  });

  it('leaves a claim that has already moved on to another enterprise, without an error', async () => {
    // Prepare
    dynamo.on(DeleteCommand).rejects(conditionFailed());

    // Act + Assess
    await expect(releaseCreditCode(CODE, 'E1')).resolves.toBeUndefined();
  });
});
