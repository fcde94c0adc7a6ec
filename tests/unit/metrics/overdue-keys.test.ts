import { describe, expect, it } from 'vitest';
import {
  currentKey,
  partialPk,
  quarterSumPk,
  rowPk,
  rowSk,
  topKey,
} from '#functions/metrics/store/overdue-keys';

/**
 * The stored key layout of the overdue snapshots, written out by hand: a change on both the write and the read
 * side passes every round trip, yet orphans every snapshot already stored (the trend reads 90 days of them).
 */
describe('the overdue snapshot keys', () => {
  it('put an area’s children under its level and parent', () => {
    expect(rowPk('city', '-')).toBe('overdue#city#-');
    expect(rowPk('district', 'city')).toBe('overdue#district#city');
    expect(rowPk('town', 'wujin')).toBe('overdue#town#wujin');
    expect(rowPk('enterprise', 't1')).toBe('overdue#enterprise#t1');
  });

  it('sort a slot’s rows by id, an enterprise’s by grid first (- for none)', () => {
    expect(rowSk('d2026-12-06T10', { level: 'town', id: 't1', gridId: null })).toBe('d2026-12-06T10#t1');
    expect(rowSk('d2026-12-06T10', { level: 'enterprise', id: 'e1', gridId: 'g1' })).toBe(
      'd2026-12-06T10#g1#e1',
    );
    expect(rowSk('d2026-12-06T10', { level: 'enterprise', id: 'e2', gridId: null })).toBe(
      'd2026-12-06T10#-#e2',
    );
  });

  it('keep the worst list, the current slot, the partials and the quarter sums apart', () => {
    expect(topKey('district', 'wujin', 'd2026-12-06T10')).toEqual({
      pk: 'overdueTop#district#wujin',
      sk: 'd2026-12-06T10',
    });
    expect(currentKey).toEqual({ pk: 'overdueCurrent', sk: '-' });
    expect(partialPk('2026-12-06T10', 4)).toBe('overduePartial#2026-12-06T10#4');
    expect(quarterSumPk('2026Q4')).toBe('overdueQuarterSum#2026Q4');
  });
});
