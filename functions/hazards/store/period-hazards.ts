import type { HazardStatus } from '#functions/hazards/domain/kinds';
import { hazard } from '#functions/hazards/store/entities/hazard';

/** What the period metrics need of a hazard: where it sits, its state, its deadline, when it was rectified. */
export interface PeriodHazard {
  enterpriseId: string;
  districtId: string;
  townId: string;
  status: HazardStatus;
  deadline: string;
  /** When its (last) rectification was submitted, if it was. */
  rectifiedAt?: string;
}

/** Before this instant every deadline lies (ISO strings compare as times). */
const EARLIEST = '0000';

async function range(districtId: string, status: HazardStatus, from: string, to: string) {
  const { data } = await hazard.query
    .byDistrict({ districtId })
    .between({ status, deadline: from }, { status, deadline: to })
    .go({
      pages: 'all',
      attributes: ['enterpriseId', 'districtId', 'townId', 'status', 'deadline', 'rectification'],
    });
  return data;
}

/**
 * A district's hazards that a quarter's figures need, read as key ranges of its place index (status, deadline):
 * the RECTIFIED and CLOSED ones due in [from, to), and every OPEN one due before `to` — those due in the period
 * and those past their deadline at `to` from earlier quarters. Nothing else is read: not the hazards due later,
 * not the ones closed in earlier periods. `to` is exclusive (deadlines are a day's last millisecond).
 */
export async function periodHazards(districtId: string, from: string, to: string): Promise<PeriodHazard[]> {
  const [open, rectified, closed] = await Promise.all([
    range(districtId, 'OPEN', EARLIEST, to),
    range(districtId, 'RECTIFIED', from, to),
    range(districtId, 'CLOSED', from, to),
  ]);
  return [...open, ...rectified, ...closed]
    .filter((item) => item.deadline < to)
    .map((item) => {
      const at = (item.rectification as { at?: string } | undefined)?.at;
      return {
        enterpriseId: item.enterpriseId,
        districtId: item.districtId,
        townId: item.townId,
        status: item.status,
        deadline: item.deadline,
        ...(at ? { rectifiedAt: at } : {}),
      };
    });
}
