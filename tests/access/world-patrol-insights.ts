import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';
import type { KnownRow, Place } from './world';

type Headers = Record<string, string>;

/**
 * patrol-insights: repeated findings in the actors' town A — the own enterprise (grid A) and the sibling grid's
 * enterprise (the grid member's leak bait) each patrolled twice through the patrol API with the form's first
 * item 不符合. The list is kept per town (a district or city admin names it), so only town A's flags are rows the
 * matrix expects; the other towns' scoping is the integration test's.
 */
export async function repeatedFindingsOf(
  stack: LocalStack,
  targets: { place: Place; enterpriseId: string }[],
): Promise<KnownRow[]> {
  const rows: KnownRow[] = [];
  for (const { place, enterpriseId } of targets) {
    const member = (await signedIn(stack, { role: 'gridMember', ...place })).headers;
    const code = await failTwice(stack, member, enterpriseId);
    rows.push({ id: `${enterpriseId}:${code}`, place: { ...place, enterpriseId } });
  }
  return rows;
}

let serial = 0;

/** Two patrols of `enterpriseId` failing the current form's first item; that item's id. */
async function failTwice(stack: LocalStack, member: Headers, enterpriseId: string): Promise<string> {
  const form = await callApi(stack, '/api/patrol-forms/current', { headers: member });
  if (form.status !== 200) throw new Error(`setup: form ${form.status} ${JSON.stringify(form.body)}`);
  const { cityVersion, districtVersion, items } = form.body as {
    cityVersion: number;
    districtVersion: number;
    items: { itemId: string }[];
  };
  const failed = items[0]?.itemId as string;
  for (let i = 0; i < 2; i++) {
    serial += 1;
    const answer = await callApi(stack, '/api/patrols', {
      method: 'POST',
      headers: { ...member, 'content-type': 'application/json' },
      body: JSON.stringify({
        clientId: `access-insights-${serial}-${Date.now().toString(36)}`,
        enterpriseId,
        cityVersion,
        districtVersion,
        answers: items.map(({ itemId }) => ({ itemId, answer: itemId === failed ? 'fail' : 'pass' })),
        codeChecked: true,
      }),
    });
    if (answer.status !== 201)
      throw new Error(`setup: patrol ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return failed;
}
