import { listEnterpriseCensus } from '#functions/enterprises/index';
import { periodHazards } from '#functions/hazards/index';
import type { CounterFigures, HazardFigures, PeriodEnterprise } from '#functions/metrics/domain/period-tally';
import { mapLimit } from '#functions/platform/concurrency';
import { quarterScanCounters } from '#functions/scans/index';

/** The status of an enterprise that is no longer registered as active (DOMAIN.md: registered active = not 关闭). */
const CLOSED = '关闭';

export interface PeriodInputs {
  enterprises: PeriodEnterprise[];
  counters: Map<string, CounterFigures>;
  hazards: HazardFigures[];
  /** Items read, per source: what the job's log line and the benchmark print. */
  read: { enterprises: number; counters: number; hazards: number };
}

/**
 * Per district, each by its own index (the counters once `repaired` settles): the enterprise census (every enterprise once, its placement and status),
 * the quarter's scan counters (one per enterprise that scanned; never the scans), and the hazards due in the
 * period or open past deadline at its end (key ranges of the hazards' place index).
 */
export async function readPeriodInputs(
  districts: readonly string[],
  quarter: string,
  start: string,
  end: string,
  /** Settles once the counters are repaired: they are read only after (the rest is read meanwhile). */
  repaired: Promise<unknown> = Promise.resolve(),
): Promise<PeriodInputs> {
  const read = { enterprises: 0, counters: 0, hazards: 0 };
  const enterprises: PeriodEnterprise[] = [];
  const counters = new Map<string, CounterFigures>();
  const hazards: HazardFigures[] = [];
  await mapLimit([...districts], 4, async (districtId) => {
    const [census, found] = await Promise.all([
      listEnterpriseCensus(districtId),
      periodHazards(districtId, start, end),
    ]);
    read.enterprises += census.length;
    read.hazards += found.length;
    for (const row of census)
      if (row.status !== CLOSED) enterprises.push({ id: row.id, districtId, townId: row.townId });
    hazards.push(...found);
    await repaired;
    for await (const page of quarterScanCounters(quarter, districtId)) {
      read.counters += page.length;
      for (const counter of page) counters.set(counter.enterpriseId, counter);
    }
  });
  return { enterprises, counters, hazards, read };
}
