import type { RouteCase } from './cases';
import type { KnownRow, Ownership, Place, Targets } from './world';

const scoped: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
let serial = 0;

/** A task created through the capability's index (as a job does): a town's, or its district's. */
async function taskIn(place: Place, enterpriseId: string, level: 'town' | 'district') {
  const { createTask } = await import('#functions/tasks/index');
  serial += 1;
  const { taskId } = await createTask(
    {
      taskKey: `matrix#${level}#${serial}#${Date.now()}`,
      kind: 'dustUrge',
      title: `矩阵任务${serial}`,
      assignee:
        level === 'town'
          ? { level, districtId: place.districtId, townId: place.townId }
          : { level, districtId: place.districtId },
      subject: { enterpriseId },
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    },
    new Date(),
  );
  return taskId;
}

/**
 * A town task in each target place, and a district task in each target district (list rows): a district
 * task's row has no town, so a town officer's list must not show it (it is the bureau's work).
 */
export async function tasksOf(places: Record<Ownership, Place>, enterprises: Targets) {
  const tasks = {} as Targets;
  const rows: KnownRow[] = [];
  for (const o of scoped) {
    const place = places[o];
    tasks[o] = await taskIn(place, enterprises[o], 'town');
    rows.push({ id: tasks[o], place: { districtId: place.districtId, townId: place.townId } });
    const district = await taskIn(place, enterprises[o], 'district');
    rows.push({ id: district, place: { districtId: place.districtId } });
  }
  return { tasks, rows };
}

export const taskCases: Record<string, RouteCase> = {
  'GET /api/tasks': {
    list: 'task',
    ownerships: ['none'],
    call: async () => ({ path: '/api/tasks?view=scope&limit=100' }),
  },
  'GET /api/task-counts': { ownerships: ['none'], call: async () => ({ path: '/api/task-counts' }) },
  'GET /api/tasks/{id}': {
    kind: 'task',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/tasks/${w.tasks[o as Ownership]}` }),
  },
  'POST /api/tasks/{id}/complete': {
    kind: 'assignedTask',
    ownerships: scoped,
    // A fresh open task per row at the actor's level (a district admin's: its district's) in the target place.
    call: async (w, a, o) => {
      const at = o as Ownership;
      const level = a === 'districtAdmin' ? 'district' : 'town';
      const id = await taskIn(w.place[at], w.enterprises[at], level);
      return { path: `/api/tasks/${id}/complete`, body: { result: 'urged', note: '已电话督促企业上报' } };
    },
  },
};
