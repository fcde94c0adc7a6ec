import { enterprise, gridKeyOf } from '#functions/enterprises/store/entities/enterprise';
import {
  type EnterpriseNameTokenItem,
  enterpriseNameToken,
} from '#functions/enterprises/store/entities/enterprise-name-token';
import { logger } from '#functions/platform/logger';
import { batchUntilDone } from '#functions/platform/text-index/batches';
import { notePresence } from '#functions/platform/text-index/presence';
import { searchKey, tokensOf } from '#functions/platform/text-index/tokens';

/** What the name index knows of an enterprise: a stored item or the API's record (outside the grid: no grid). */
export interface NameIndexed {
  id: string;
  name: string;
  districtId: string;
  townId: string;
  gridId?: string | null | undefined;
  industry: EnterpriseNameTokenItem['industry'];
  status: EnterpriseNameTokenItem['status'];
  flags: readonly string[];
}

/** One enterprise's change as a writer makes it: null before = created, null after = deleted. */
export interface NameChange {
  before: NameIndexed | null;
  after: NameIndexed | null;
}

export type NameTokenKey = Pick<
  EnterpriseNameTokenItem,
  'districtId' | 'token' | 'townId' | 'gridKey' | 'enterpriseId'
>;

const CONCURRENT = 8;

export const tokenKeyOf = (key: object): string => {
  const { districtId, token, townId, gridKey, enterpriseId } = key as NameTokenKey;
  return [districtId, token, townId, gridKey, enterpriseId].join('\u0001');
};

/** The token items enterprise `record` is found by: one per character and per pair of its name. */
export function nameTokensOf(record: NameIndexed): EnterpriseNameTokenItem[] {
  const nameKey = searchKey(record.name);
  const shared = {
    districtId: record.districtId,
    townId: record.townId,
    gridKey: gridKeyOf(record.gridId, record.districtId),
    enterpriseId: record.id,
    nameKey,
    industry: record.industry,
    status: record.status,
    flags: [...new Set(record.flags)].sort(),
  };
  return tokensOf(nameKey).map((token) => ({ ...shared, token }));
}

const tokenFields = (token: EnterpriseNameTokenItem) => ({
  districtId: token.districtId,
  token: token.token,
  townId: token.townId,
  gridKey: token.gridKey,
  enterpriseId: token.enterpriseId,
  nameKey: token.nameKey,
  industry: token.industry,
  status: token.status,
  flags: [...token.flags].sort(),
});

/** Whether two tokens say the same (whatever order their attributes and flags come in). */
export const sameToken = (a: EnterpriseNameTokenItem, b: EnterpriseNameTokenItem) =>
  JSON.stringify(tokenFields(a)) === JSON.stringify(tokenFields(b));

/** Whether a stored token is exactly one the record gives now (a token left by an earlier state is not). */
export function isCurrentToken(token: EnterpriseNameTokenItem, record: NameIndexed | undefined): boolean {
  const wanted = record && nameTokensOf(record).find((candidate) => candidate.token === token.token);
  return !!wanted && sameToken(wanted, token);
}

/**
 * What keeps the index right across one change: the tokens to put (all of the new state's when anything they
 * carry changed, none otherwise), the keys to delete (the old state's that the new one does not have), and the
 * keys a failed write should take back (put now, not there before).
 */
export function nameIndexWrites(before: NameIndexed | null, after: NameIndexed | null) {
  const [old, next] = [before ? nameTokensOf(before) : [], after ? nameTokensOf(after) : []];
  if (JSON.stringify(old) === JSON.stringify(next)) return { puts: [], deletes: [], added: [] };
  const nextKeys = new Set(next.map(tokenKeyOf));
  const oldKeys = new Set(old.map(tokenKeyOf));
  return {
    puts: next,
    deletes: old.filter((token) => !nextKeys.has(tokenKeyOf(token))).map(keyOnly),
    added: next.filter((token) => !oldKeys.has(tokenKeyOf(token))).map(keyOnly),
  };
}

const keyOnly = ({ districtId, token, townId, gridKey, enterpriseId }: NameTokenKey): NameTokenKey => ({
  districtId,
  token,
  townId,
  gridKey,
  enterpriseId,
});

/** The enterprise name index in the presence items (which districts have a token). */
export const ENTERPRISE_INDEX = 'enterprise';

/** Puts tokens, their districts' presence first (it may say more than is true, never less). */
export async function putNameTokens(tokens: readonly EnterpriseNameTokenItem[]) {
  await notePresence(
    ENTERPRISE_INDEX,
    tokens.map(({ token, districtId }) => ({ token, partition: districtId })),
  );
  await batchUntilDone(
    tokens,
    (batch) => enterpriseNameToken.put(batch).go({ concurrent: CONCURRENT }),
    tokenKeyOf,
  );
}

export const deleteNameTokens = (keys: readonly NameTokenKey[]) =>
  batchUntilDone(
    keys,
    (batch) => enterpriseNameToken.delete(batch).go({ concurrent: CONCURRENT }),
    tokenKeyOf,
  );

/**
 * Runs `write` (the enterprises' own write: one put, or a batch) with the name index kept around it, without
 * transactions: the new tokens are written first and the stale ones deleted after, so that the index always
 * finds every record by its current name; a crash in between leaves only tokens that the search checks against
 * the record and drops, and that the `enterprise-name-index` job deletes. `current` (single writes) reads the
 * record when `write` fails, so that the tokens put for it are taken back unless the record, as another writer
 * left it, has them too; batches leave them to the job (their records may be half written).
 */
export async function withNameIndex<T>(
  changes: readonly NameChange[],
  write: () => Promise<T>,
  current?: () => Promise<NameIndexed | null>,
): Promise<T> {
  const plans = changes.map(({ before, after }) => nameIndexWrites(before, after));
  await putNameTokens(plans.flatMap((plan) => plan.puts));
  let result: T;
  try {
    result = await write();
  } catch (error) {
    if (current)
      await takeBack(
        plans.flatMap((plan) => plan.added),
        current,
      );
    throw error;
  }
  await deleteNameTokens(plans.flatMap((plan) => plan.deletes));
  return result;
}

/** The enterprise as stored now (consistent read), for `withNameIndex` to take back what a failed write put. */
export async function storedEnterprise(id: string): Promise<NameIndexed | null> {
  return (await enterprise.get({ id }).go({ consistent: true })).data ?? null;
}

async function takeBack(added: readonly NameTokenKey[], current: () => Promise<NameIndexed | null>) {
  try {
    const record = await current();
    const kept = new Set((record ? nameTokensOf(record) : []).map(tokenKeyOf));
    await deleteNameTokens(added.filter((key) => !kept.has(tokenKeyOf(key))));
  } catch (error) {
    logger.warn('name index: tokens of a failed write left for the repair job', { error: String(error) });
  }
}
