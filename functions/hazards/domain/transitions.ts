import type { HazardStatus, ReviewDecision } from '#functions/hazards/domain/kinds';
import type { Role } from '#functions/platform/manifest-types';

/** What happened to a hazard: found, rectified by the enterprise, closed or sent back by a supervisor. */
export type HazardAction = 'create' | 'rectify' | ReviewDecision;

/** One step of a hazard's history, kept on the hazard (and audited). */
export interface HistoryEntry {
  at: string;
  action: HazardAction;
  from: HazardStatus | null;
  to: HazardStatus;
  by: string;
  byName: string;
  role: Role;
  /** What was found, what was done, or the reviewer's reason. */
  note: string;
  photoIds?: string[];
}

/** The state machine (DOMAIN.md): OPEN → RECTIFIED → CLOSED, or RECTIFIED → OPEN with the reason. */
const moves: Record<Exclude<HazardAction, 'create'>, { from: HazardStatus; to: HazardStatus }> = {
  rectify: { from: 'OPEN', to: 'RECTIFIED' },
  close: { from: 'RECTIFIED', to: 'CLOSED' },
  reject: { from: 'RECTIFIED', to: 'OPEN' },
};

/** The status `action` leads to from `status`, or null when the state machine has no such move. */
export function nextStatus(
  status: HazardStatus,
  action: Exclude<HazardAction, 'create'>,
): HazardStatus | null {
  const move = moves[action];
  return move.from === status ? move.to : null;
}

/** Why `action` cannot be taken now, in Chinese, saying what the state is. */
export function refusalOf(status: HazardStatus, action: Exclude<HazardAction, 'create'>): string {
  if (status === 'CLOSED') return '该隐患已闭环，不能再变更；如有新问题请另行登记隐患';
  if (action === 'rectify') return '该隐患已提交整改，正在等待监管人员验收';
  return '该隐患尚未提交整改（或已被退回整改），暂不能验收；请待企业提交整改后再验收';
}

/** The hazard's state fields after `action`; the step is appended to its history. */
export interface HazardState {
  status: HazardStatus;
  version: number;
  history: HistoryEntry[];
}

export function applyStep<S extends HazardState>(
  hazard: S,
  step: Omit<HistoryEntry, 'from' | 'to'> & { action: Exclude<HazardAction, 'create'> },
): (S & { status: HazardStatus }) | null {
  const to = nextStatus(hazard.status, step.action);
  if (!to) return null;
  return {
    ...hazard,
    status: to,
    version: hazard.version + 1,
    history: [...hazard.history, { ...step, from: hazard.status, to }],
  };
}
