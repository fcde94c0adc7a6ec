import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { pinClock } from '#functions/platform/clock';
import { signedIn } from '#tests/fixtures/auth';
import { validEnterprise } from '#tests/fixtures/enterprises';
import {
  type Headers,
  places,
  send,
  stack,
  startWithPlaces,
  stopEnterpriseStack,
} from '#tests/integration/enterprises/support';

export type { Headers };
/**
 * The campaign tests' world: 湖塘 (武进区) with 1,200 enterprises, 牛塘 (武进区) with 500 and 天目湖 (溧阳市) with
 * 300, written straight with BatchWriteItem (2,000 through the API would take minutes); the city admin and the
 * 武进区 and 溧阳市 admins. The clock is pinned on 2030-05-06 09:00 (北京时间).
 */
export { places, send, stack };

export const TODAY = '2030-05-06';
export const COUNTS = { wujinA: 1200, wujinB: 500, liyang: 300 } as const;
export const who = {} as Record<'city' | 'wujin' | 'liyang', Headers>;
export const firms = {} as Record<keyof typeof COUNTS, string[]>;

export type Error4xx = {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
};

export async function startCampaignWorld(counts: Record<keyof typeof COUNTS, number> = COUNTS) {
  pinClock(`${TODAY}T09:00:00+08:00`);
  await startWithPlaces();
  who.city = (await signedIn(stack, { role: 'cityAdmin' })).headers;
  who.wujin = (await signedIn(stack, { role: 'districtAdmin', districtId: 'wujin' })).headers;
  who.liyang = (await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' })).headers;
  const { putEnterprises } = await import('#functions/enterprises/store/batches');
  const { enterpriseItem } = await import('#functions/enterprises/store/records');
  const { newId } = await import('#functions/platform/ids');
  const at = new Date().toISOString();
  const items = [];
  for (const [name, count] of Object.entries(counts) as [keyof typeof COUNTS, number][]) {
    firms[name] = [];
    for (let n = 0; n < count; n += 1) {
      const id = newId();
      firms[name].push(id);
      items.push(enterpriseItem(id, validEnterprise(places[name]), at, at));
    }
  }
  await putEnterprises(items);
}

export const stopCampaignWorld = async () => {
  pinClock(null);
  await stopEnterpriseStack();
};

/** An enterprise user of enterprise `enterpriseId` in `place`. */
export async function firmUser(place: keyof typeof COUNTS, enterpriseId: string): Promise<Headers> {
  const { districtId } = places[place];
  return (await signedIn(stack, { role: 'enterpriseUser', districtId, enterpriseId })).headers;
}

/** A campaign draft through the API (the city's unless `headers` says otherwise): its id. */
export async function makeCampaign(
  filter: Record<string, string>,
  more: { headers?: Headers; deadline?: string; items?: string[]; title?: string } = {},
): Promise<string> {
  const body = {
    title: more.title ?? '安全生产自查清单',
    items: (more.items ?? ['安全出口畅通', '消防器材完好', '特种作业持证上岗']).map((text) => ({ text })),
    filter,
    deadline: more.deadline ?? '2030-05-20',
  };
  const answer = await send('POST', '/api/campaigns', more.headers ?? who.city, body);
  if (answer.status !== 201) throw new Error(`campaign: ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body as { campaignId: string }).campaignId;
}

/** Outbox messages of a campaign, invitations or reminders (a test-only count of the whole table). */
export async function countMessages(campaignId: string, kind: 'invite' | 'remind'): Promise<number> {
  return countWhere('begins_with(idempotencyKey, :p) AND contains(idempotencyKey, :k)', {
    ':p': { S: `campaign#${campaignId}#` },
    ':k': { S: `#${kind}` },
  });
}

/** The SMS text enqueued for one target, read by its idempotency key. */
export async function invitationOf(campaignId: string, enterpriseId: string): Promise<{ text: string }> {
  const client = new DynamoDBClient({ endpoint: stack.endpoints.dynamo });
  try {
    const { Items = [] } = await client.send(
      new ScanCommand({
        TableName: 'main',
        FilterExpression: 'idempotencyKey = :k',
        ExpressionAttributeValues: { ':k': { S: `campaign#${campaignId}#${enterpriseId}#invite` } },
      }),
    );
    return { text: Items.map((item) => item.text?.S ?? '').join('|') };
  } finally {
    client.destroy();
  }
}

/** The enterprise ids reminded for a campaign. */
export async function remindedFirms(campaignId: string): Promise<Set<string>> {
  const client = new DynamoDBClient({ endpoint: stack.endpoints.dynamo });
  const found = new Set<string>();
  try {
    let start: Record<string, never> | undefined;
    do {
      const page = await client.send(
        new ScanCommand({
          TableName: 'main',
          FilterExpression: 'begins_with(idempotencyKey, :p) AND contains(idempotencyKey, :k)',
          ExpressionAttributeValues: { ':p': { S: `campaign#${campaignId}#` }, ':k': { S: '#remind' } },
          ProjectionExpression: 'idempotencyKey',
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) found.add(String(item.idempotencyKey?.S).split('#')[2] ?? '');
      start = page.LastEvaluatedKey as typeof start;
    } while (start);
    return found;
  } finally {
    client.destroy();
  }
}

/** Target rows of a campaign. */
export async function countTargets(campaignId: string): Promise<number> {
  return countWhere(
    '#e = :e AND campaignId = :c',
    { ':e': { S: 'selfCheckTarget' }, ':c': { S: campaignId } },
    {
      '#e': '__edb_e__',
    },
  );
}

async function countWhere(
  filter: string,
  values: Record<string, { S: string }>,
  names?: Record<string, string>,
): Promise<number> {
  const client = new DynamoDBClient({ endpoint: stack.endpoints.dynamo });
  try {
    let [count, start]: [number, Record<string, never> | undefined] = [0, undefined];
    do {
      const page = await client.send(
        new ScanCommand({
          TableName: 'main',
          Select: 'COUNT',
          FilterExpression: filter,
          ExpressionAttributeValues: values,
          ...(names ? { ExpressionAttributeNames: names } : {}),
          ExclusiveStartKey: start,
        }),
      );
      count += page.Count ?? 0;
      start = page.LastEvaluatedKey as typeof start;
    } while (start);
    return count;
  } finally {
    client.destroy();
  }
}

/** Every answer "符合" except the items listed as failing. */
export function answersFor(itemCount: number, failing: number[] = []) {
  return {
    answers: Array.from({ length: itemCount }, (_, index) => ({
      itemId: `item-${index + 1}`,
      result: failing.includes(index + 1) ? 'fail' : 'pass',
      ...(failing.includes(index + 1) ? { note: '灭火器过期' } : {}),
    })),
  };
}
