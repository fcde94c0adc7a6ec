import type { LocalStack } from '#infra/local/stack';
import { signedIn } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';
import type { RouteCase } from './cases';
import { type KnownRow, ownerships, type Place, post, type Targets, uniqueName } from './world';

/**
 * scans: one scan of each target enterprise's risk point, by a user of that enterprise. Every item of the point's
 * checklist (read from its code, as the phone does) is answered 不涉及: no photo is then required, so no uploads.
 */
async function answersFor(stack: LocalStack, headers: Record<string, string>, token: string) {
  const answer = await callApi(stack, `/api/risk-point-codes/${token}`, { headers });
  const { checklist } = answer.body as { checklist: { itemId: string }[] };
  return checklist.map((item) => ({ itemId: item.itemId, answer: 'na' }));
}

export const scanBody = (token: string, answers: unknown) => ({
  token,
  clientScanId: uniqueName('access-').replace(/[^A-Za-z0-9_-]/g, '-'),
  answers,
  result: 'normal',
  photoIds: [],
});

export async function scansOf(
  stack: LocalStack,
  _riskClass: string,
  tokens: Targets,
  enterprises: Targets,
  places: Record<keyof Targets, Place>,
): Promise<{ scans: Targets; rows: KnownRow[] }> {
  const scans = {} as Targets;
  for (const ownership of ownerships) {
    const user = await signedIn(stack, {
      role: 'enterpriseUser',
      districtId: places[ownership].districtId,
      enterpriseId: enterprises[ownership],
    });
    const answers = await answersFor(stack, user.headers, tokens[ownership]);
    scans[ownership] = (
      await post(stack, user.headers, '/api/scans', scanBody(tokens[ownership], answers))
    ).id;
  }
  const rows = ownerships.map((o) => ({
    id: scans[o],
    place: { ...places[o], enterpriseId: enterprises[o] },
  }));
  return { scans, rows };
}

/** scans: only an enterprise user scans, its own enterprise's points (another's token is 404); lists are scoped. */
export const scanCases: Record<string, RouteCase> = {
  'POST /api/scans': {
    kind: 'scan',
    ownerships: ['own', 'sameDistrict', 'otherDistrict'],
    call: async (w, _actor, o) => ({
      path: '/api/scans',
      body: scanBody(
        w.riskPointTokens[o as keyof Targets],
        await answersFor(w.stack, w.headers.cityAdmin, w.riskPointTokens[o as keyof Targets]),
      ),
    }),
  },
  'GET /api/scans': {
    list: 'scan',
    ownerships: ['none'],
    call: async () => ({ path: '/api/scans?limit=100' }),
  },
  'GET /api/scans/{id}': {
    kind: 'scan',
    ownerships: ['own', 'sameDistrict', 'otherDistrict'],
    call: async (w, _a, o) => ({ path: `/api/scans/${w.scans[o as keyof Targets]}` }),
  },
};
