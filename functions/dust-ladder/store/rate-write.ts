import type { RateRow } from '#functions/dust-ladder/domain/rate-tally';
import { dayPointerKey, ratePk, rateSk } from '#functions/dust-ladder/store/rate-keys';
import { getItem, putAll } from '#functions/platform/dynamo/items';

/** Whether the day already holds newer figures, or final ones this run is not: then nothing is written. */
async function dayHoldsNewer(day: string, asOf: string, final: boolean): Promise<boolean> {
  const pointer = await getItem(dayPointerKey(day), true);
  if (!pointer) return false;
  if (pointer.final === true && !final) return true;
  return pointer.final === final && typeof pointer.asOf === 'string' && pointer.asOf > asOf;
}

/**
 * Writes a day's rows (whole-item puts: a rerun writes the same items) and then the day's pointer, so a reader
 * that keeps only rows at least as new as the pointer drops the rows of sites retired since an earlier run.
 * An older run (a late rerun of an earlier hour) never overwrites newer figures; a final never gets replaced
 * by a figure of the day still running. Returns the rows written.
 */
export async function writeDayRows(day: string, rows: readonly RateRow[], asOf: Date, final: boolean) {
  const at = asOf.toISOString();
  if (await dayHoldsNewer(day, at, final)) return 0;
  await putAll(rows.map((row) => ({ ...row, pk: ratePk(row), sk: rateSk(day, row), day, asOf: at, final })));
  await putAll([{ ...dayPointerKey(day), day, asOf: at, final }]);
  return rows.length;
}
