import { describe, expect, it } from 'vitest';
import { completionIssues, isOverdue } from '#functions/tasks/domain/kinds';
import { stageOf } from '#functions/tasks/store/entities/task';

describe('completion rules per kind', () => {
  it('closes a verification task only with an on-site result and at least one photo', () => {
    expect(completionIssues('dustVerify', { result: 'onSiteViolation', photoIds: ['p1'] })).toEqual([]);
    expect(completionIssues('dustVerify', { result: 'onSiteRectified', photoIds: [] })).toEqual([
      { path: 'body.photoIds', message: '粉尘清扫现场核查任务须上传至少 1 张现场照片' },
    ]);
    expect(completionIssues('dustVerify', { result: 'urged', photoIds: ['p1'] }).map((i) => i.path)).toEqual([
      'body.result',
    ]);
  });

  it('closes an urge task with any of its results and no photo', () => {
    expect(completionIssues('dustUrge', { result: 'urged', photoIds: [] })).toEqual([]);
    expect(completionIssues('dustUrge', { result: 'onSiteClosed', photoIds: [] })).toEqual([]);
  });
});

describe('ordering', () => {
  it('sorts open before done in the key and calls open past due overdue', () => {
    expect([stageOf('done'), stageOf('open')].sort()).toEqual(['0open', '1done']);
    const now = new Date('2026-12-02T10:00:00Z');
    expect(isOverdue({ status: 'open', dueAt: '2026-12-02T09:59:59.999Z' }, now)).toBe(true);
    expect(isOverdue({ status: 'open', dueAt: '2026-12-02T10:00:00.000Z' }, now)).toBe(false);
    expect(isOverdue({ status: 'done', dueAt: '2026-12-01T00:00:00.000Z' }, now)).toBe(false);
  });
});
