import type { HazardLevel } from '#functions/hazards/domain/kinds';
import { hazard } from '#functions/hazards/store/entities/hazard';

/** An open hazard as the reminders job needs it. */
export interface DeadlineReminderHazard {
  hazardId: string;
  enterpriseId: string;
  districtId: string;
  townId: string;
  level: HazardLevel;
  description: string;
  deadline: string;
}

/** Before this instant every deadline lies (ISO strings compare as times). */
const EARLIEST = '0000';

/**
 * A district's OPEN hazards whose deadline is before `until` (past deadline, due today and tomorrow), page by
 * page: one key range on gsi1 `byDistrict`, whose sort key is (status, deadline, id). Rectified and closed
 * hazards are outside the range; nothing is filtered.
 */
export async function* openHazardsDueBefore(
  districtId: string,
  until: Date,
): AsyncIterable<DeadlineReminderHazard[]> {
  let cursor: string | null = null;
  do {
    const page: { data: DeadlineReminderHazard[]; cursor: string | null } = await hazard.query
      .byDistrict({ districtId })
      .between({ status: 'OPEN', deadline: EARLIEST }, { status: 'OPEN', deadline: until.toISOString() })
      .go({
        cursor,
        limit: 1000,
        attributes: ['hazardId', 'enterpriseId', 'districtId', 'townId', 'level', 'description', 'deadline'],
      });
    cursor = page.cursor;
    if (page.data.length > 0) yield page.data;
  } while (cursor);
}
