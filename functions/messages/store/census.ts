import { CITY_PLACE, message } from '#functions/messages/store/entities/message';
import { businessDayBounds } from '#functions/platform/clock';

/** A message as the dashboard counts it: its status and district (absent for city-wide ones). */
export interface MessageCensusRow {
  status: string;
  districtId?: string;
}

/**
 * The messages created on Asia/Shanghai day `day` (`2026-12-01`): one sort-key range of the `byCity` partition
 * (gsi3), only status and district read, for the stats job.
 */
export async function listMessageCensusOfDay(day: string): Promise<MessageCensusRow[]> {
  const { first, last } = businessDayBounds(day);
  const { data } = await message.query
    .byCity({ city: CITY_PLACE })
    .between({ createdAt: first.toISOString() }, { createdAt: last.toISOString() })
    .go({ pages: 'all', attributes: ['status', 'districtId'] });
  return data.map(({ status, districtId }) => ({ status, ...(districtId ? { districtId } : {}) }));
}
