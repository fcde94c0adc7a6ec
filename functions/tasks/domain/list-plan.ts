import type { Principal } from '#functions/platform/principal';
import type { TaskKind, TaskLevel } from '#functions/tasks/domain/kinds';

/** The one index partition a task list reads, by key condition. */
export type TaskPartition =
  | { index: 'byAssignee'; key: { level: TaskLevel; assigneeId: string } }
  | { index: 'byDistrict'; key: { districtId: string } }
  | { index: 'byCity'; key: { city: 'city' } };

/** What the partition does not already decide, left to a filter expression on it. */
export interface TaskResidual {
  kind?: TaskKind | undefined;
  level?: TaskLevel | undefined;
  districtId?: string | undefined;
  townId?: string | undefined;
}

export interface TaskListFilter extends TaskResidual {
  view?: 'mine' | 'scope' | undefined;
}

export interface ListPlan {
  partition: TaskPartition;
  residual: TaskResidual;
}

const clean = (residual: TaskResidual): TaskResidual =>
  Object.fromEntries(Object.entries(residual).filter(([, value]) => value !== undefined));

/** A town officer's inbox is its town's partition; any other town, district or level meets nothing. */
function townPlan(principal: Principal, filter: TaskListFilter): ListPlan | null {
  const { districtId, townId } = principal;
  if (!districtId || !townId || filter.level === 'district') return null;
  if ((filter.townId && filter.townId !== townId) || (filter.districtId && filter.districtId !== districtId))
    return null;
  return { partition: { index: 'byAssignee', key: { level: 'town', assigneeId: townId } }, residual: {} };
}

/**
 * A district admin: its own (district-level) tasks by default; `level=town` or `view=scope` its towns' too. A
 * town's partition is read with the district as a filter, so a town of another district yields nothing.
 */
function districtPlan(principal: Principal, filter: TaskListFilter): ListPlan | null {
  const own = principal.districtId;
  if (!own || (filter.districtId && filter.districtId !== own)) return null;
  const level = filter.level ?? ((filter.view ?? 'mine') === 'mine' ? 'district' : undefined);
  if (level === 'district')
    return {
      partition: { index: 'byAssignee', key: { level: 'district', assigneeId: own } },
      residual: { townId: filter.townId },
    };
  if (level === 'town' && filter.townId)
    return {
      partition: { index: 'byAssignee', key: { level: 'town', assigneeId: filter.townId } },
      residual: { districtId: own },
    };
  return {
    partition: { index: 'byDistrict', key: { districtId: own } },
    residual: { level, townId: filter.townId },
  };
}

/** The city: nothing is assigned to it ("mine" is empty); its scope is every task, narrowed by the filters. */
function cityPlan(filter: TaskListFilter): ListPlan | null {
  if ((filter.view ?? 'scope') === 'mine') return null;
  const { level, districtId, townId } = filter;
  if (level === 'town' && townId)
    return {
      partition: { index: 'byAssignee', key: { level, assigneeId: townId } },
      residual: { districtId },
    };
  if (level === 'district' && districtId)
    return {
      partition: { index: 'byAssignee', key: { level, assigneeId: districtId } },
      residual: { townId },
    };
  if (districtId)
    return { partition: { index: 'byDistrict', key: { districtId } }, residual: { level, townId } };
  return { partition: { index: 'byCity', key: { city: 'city' } }, residual: { level, townId } };
}

/** The partition and filter of `principal`'s task list, or null when the filter meets nothing it may see. */
export function planTaskList(principal: Principal, filter: TaskListFilter): ListPlan | null {
  const plan =
    principal.role === 'townOfficer'
      ? townPlan(principal, filter)
      : principal.role === 'districtAdmin'
        ? districtPlan(principal, filter)
        : principal.role === 'cityAdmin'
          ? cityPlan(filter)
          : null;
  return plan && { partition: plan.partition, residual: clean({ ...plan.residual, kind: filter.kind }) };
}
