import { enterprisesById } from '#functions/enterprises/store/batches';
import { type EnterpriseItem, enterprise } from '#functions/enterprises/store/entities/enterprise';
import {
  type EnterpriseNameTokenItem,
  enterpriseNameToken,
} from '#functions/enterprises/store/entities/enterprise-name-token';
import {
  deleteNameTokens,
  ENTERPRISE_INDEX,
  isCurrentToken,
  nameTokensOf,
  putNameTokens,
  sameToken,
  tokenKeyOf,
} from '#functions/enterprises/store/name-index';
import { toEnterprise } from '#functions/enterprises/store/records';
import { districtIds } from '#functions/platform/districts';
import { batchUntilDone } from '#functions/platform/text-index/batches';
import { ensurePresence, prunePresence } from '#functions/platform/text-index/presence';

const PAGE = 500;

export interface NameIndexRepair {
  enterprises: number;
  tokensPut: number;
  tokensDeleted: number;
  /** Presence items (which districts have a token) written or forgotten. */
  presenceFixed: number;
}

/** Puts the tokens of `records` that are missing or differ (a rename raced by another, data from before the index). */
async function completeTokens(records: Parameters<typeof nameTokensOf>[0][]): Promise<number> {
  const wanted = records.flatMap(nameTokensOf);
  const stored = await batchUntilDone(
    wanted.map(({ districtId, token, townId, gridKey, enterpriseId }) => ({
      districtId,
      token,
      townId,
      gridKey,
      enterpriseId,
    })),
    (keys) => enterpriseNameToken.get(keys).go({ concurrent: 4 }),
    tokenKeyOf,
  );
  const present = new Map(stored.map((token) => [tokenKeyOf(token), token]));
  const missing = wanted.filter((token) => {
    const found = present.get(tokenKeyOf(token));
    return !found || !sameToken(found, token);
  });
  await putNameTokens(missing);
  const occurrences = wanted.map(({ token, districtId }) => ({ token, partition: districtId }));
  return missing.length + (await ensurePresence(ENTERPRISE_INDEX, occurrences));
}

/** Whether district `districtId` still has any token `token` (the presence clean-up asks). */
const districtHasToken = async (token: string, districtId: string) =>
  (await enterpriseNameToken.query.byToken({ districtId, token }).go({ limit: 1, pages: 1 })).data.length > 0;

/** Deletes the tokens no record gives any more (left by a crash between a record's write and its tokens'). */
async function dropStaleTokens(tokens: EnterpriseNameTokenItem[]): Promise<number> {
  const records = await enterprisesById(tokens.map((token) => token.enterpriseId));
  const stale = tokens.filter((token) => {
    const item = records.get(token.enterpriseId);
    return !isCurrentToken(token, item && toEnterprise(item));
  });
  await deleteNameTokens(stale);
  return stale.length;
}

/**
 * Makes the name index agree with the enterprises, for segment `segment` of `totalSegments`: the districts of
 * the segment have every token their enterprises give (read through the district index, tokens read by key),
 * and the segment of a parallel table scan keeps no token that its enterprise does not give. Idempotent; reads
 * each enterprise and each token once. Then the presence items of the segment that no district token backs any
 * more are forgotten.
 */
export async function repairEnterpriseNameIndex(segment = 0, totalSegments = 1): Promise<NameIndexRepair> {
  const result: NameIndexRepair = { enterprises: 0, tokensPut: 0, tokensDeleted: 0, presenceFixed: 0 };
  for (const districtId of districtIds.filter((_, i) => i % totalSegments === segment)) {
    let cursor: string | null = null;
    do {
      const { data, cursor: next }: { data: EnterpriseItem[]; cursor: string | null } = await enterprise.query
        .byDistrict({ districtId })
        .go({ cursor, limit: PAGE, pages: 1 });
      result.enterprises += data.length;
      result.tokensPut += await completeTokens(data);
      cursor = next;
    } while (cursor);
  }
  let cursor: string | null = null;
  do {
    const { data, cursor: next }: { data: EnterpriseNameTokenItem[]; cursor: string | null } =
      await enterpriseNameToken.scan.go({
        cursor,
        limit: PAGE * 4,
        pages: 1,
        params: { Segment: segment, TotalSegments: totalSegments },
      });
    result.tokensDeleted += await dropStaleTokens(data);
    cursor = next;
  } while (cursor);
  result.presenceFixed += await prunePresence(ENTERPRISE_INDEX, segment, totalSegments, districtHasToken);
  return result;
}
