import { listEnterpriseCensus } from '#functions/enterprises/index';
import { listAccountCensus } from '#functions/identity/index';
import { listMessageCensusOfDay } from '#functions/messages/index';
import { loadOrgDirectory } from '#functions/org/index';
import { districtIds } from '#functions/platform/districts';
import type { Census } from '#functions/stats/domain/tally';

/**
 * What the counts are made of, each record read once and by index Queries only (no Scan): the 7 districts'
 * enterprise partitions, the accounts' city partition, the day's range of the messages' city partition, and
 * the towns and grids for their names.
 */
export async function readCensus(day: string): Promise<Omit<Census, 'generatedAt'>> {
  const [byDistrict, accounts, messages, names] = await Promise.all([
    Promise.all(districtIds.map((districtId) => listEnterpriseCensus(districtId))),
    listAccountCensus(),
    listMessageCensusOfDay(day),
    loadOrgDirectory(),
  ]);
  return { enterprises: byDistrict.flat(), accounts, messages, names, day };
}
