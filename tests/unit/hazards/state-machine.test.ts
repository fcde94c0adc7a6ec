import { describe, expect, it } from 'vitest';
import { applyStep, type HazardState, nextStatus, refusalOf } from '#functions/hazards/domain/transitions';

const open: HazardState = { status: 'OPEN', version: 1, history: [] };
const step = {
  at: '2026-12-02T02:00:00.000Z',
  by: 'u1',
  byName: '张三',
  role: 'townOfficer' as const,
  note: '已核实',
};

describe('the hazard state machine', () => {
  it('moves OPEN to RECTIFIED, RECTIFIED to CLOSED or back to OPEN, and nothing else', () => {
    // Prepare: the moves DOMAIN.md allows, written out by hand
    const allowed: Record<string, string | null> = {
      'OPEN rectify': 'RECTIFIED',
      'OPEN close': null,
      'OPEN reject': null,
      'RECTIFIED rectify': null,
      'RECTIFIED close': 'CLOSED',
      'RECTIFIED reject': 'OPEN',
      'CLOSED rectify': null,
      'CLOSED close': null,
      'CLOSED reject': null,
    };

    // Act
    const actual = Object.fromEntries(
      Object.keys(allowed).map((key) => {
        const [status, action] = key.split(' ') as ['OPEN', 'rectify'];
        return [key, nextStatus(status, action)];
      }),
    );

    // Assess
    expect(actual).toEqual(allowed);
  });

  it('appends each step to the history with where it came from and raises the version', () => {
    // Act
    const rectified = applyStep(open, {
      ...step,
      action: 'rectify',
      role: 'enterpriseUser',
      photoIds: ['p1'],
    });
    const rejected = rectified && applyStep(rectified, { ...step, action: 'reject', note: '照片不清晰' });

    // Assess
    expect(rejected).toEqual({
      status: 'OPEN',
      version: 3,
      history: [
        {
          ...step,
          action: 'rectify',
          role: 'enterpriseUser',
          photoIds: ['p1'],
          from: 'OPEN',
          to: 'RECTIFIED',
        },
        { ...step, action: 'reject', note: '照片不清晰', from: 'RECTIFIED', to: 'OPEN' },
      ],
    });
  });

  it('refuses a close of a hazard that was never rectified and leaves it as it was', () => {
    // Act
    const closed = applyStep(open, { ...step, action: 'close' });

    // Assess
    expect(closed).toBeNull();
    expect(open).toEqual({ status: 'OPEN', version: 1, history: [] });
  });

  it('says in Chinese why a step is refused', () => {
    expect(refusalOf('CLOSED', 'close')).toContain('已闭环');
    expect(refusalOf('RECTIFIED', 'rectify')).toContain('等待监管人员验收');
    expect(refusalOf('OPEN', 'reject')).toContain('尚未提交整改');
  });
});
