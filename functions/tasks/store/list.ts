import { callDynamo } from '#functions/platform/dynamo';
import { fixedPage, type Page, type PageRequest, readPages } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { mainTable } from '#functions/platform/tables';
import type { TaskStatus } from '#functions/tasks/domain/kinds';
import { type ListPlan, planTaskList, type TaskResidual } from '#functions/tasks/domain/list-plan';
import { maySeeTask } from '#functions/tasks/domain/scope';
import type { Task, TaskFilter } from '#functions/tasks/schemas';
import { stageOf, task } from '#functions/tasks/store/entities/task';
import { toTask } from '#functions/tasks/store/records';

/** Before this instant every due date lies (ISO strings compare as times). */
const EARLIEST = '0000';

type Range = { status?: TaskStatus | undefined; overdueAt?: Date | undefined };

/** The plan's query: status as a key prefix, overdue as a key range in the open part, the rest a filter. */
function queryOf({ partition, residual }: ListPlan, range: Range) {
  // An overdue range names the stage in its bounds, not in the partition key.
  const stage = range.status && !range.overdueAt ? { stage: stageOf(range.status) } : {};
  const base =
    partition.index === 'byAssignee'
      ? task.query.byAssignee({ ...partition.key, ...stage })
      : partition.index === 'byDistrict'
        ? task.query.byDistrict({ ...partition.key, ...stage })
        : task.query.byCity({ ...partition.key, ...stage });
  const open = stageOf('open');
  const ranged = range.overdueAt
    ? base.between(
        { stage: open, dueAt: EARLIEST } as never,
        { stage: open, dueAt: range.overdueAt.toISOString() } as never,
      )
    : base;
  const fields = Object.keys(residual) as (keyof TaskResidual)[];
  if (fields.length === 0) return { query: ranged, filtered: false };
  const query = ranged.where((a, op) =>
    fields.map((field) => op.eq(a[field] as never, residual[field] as never)).join(' AND '),
  );
  return { query, filtered: true };
}

/**
 * One page of the tasks `principal` may see that pass `filter`, on the index the plan names (no scan): open
 * first, the most overdue first, then by due date; done tasks (status=done) latest due first.
 */
export async function listTasks(
  principal: Principal,
  { status, ...filter }: TaskFilter,
  request: PageRequest,
  now: Date,
): Promise<Page<Task>> {
  const plan = planTaskList(principal, filter);
  if (!plan) return fixedPage(request);
  const { query, filtered } = queryOf(plan, { status });
  const page = await readPages(
    [{ table: mainTable, query }],
    { ...request, filtered, order: status === 'done' ? 'desc' : 'asc' },
    (item) => item,
  );
  const data = page.data
    .filter((item) => maySeeTask(principal, item))
    .map((item) => toTask(item, principal, now));
  return { data, nextCursor: page.nextCursor };
}

/** How many items a query's key condition (and filter) selects, with COUNT requests (no items are sent). */
async function countOf(params: object): Promise<number> {
  let count = 0;
  let start: unknown;
  do {
    const answer = await callDynamo('Query', {
      ...params,
      Select: 'COUNT',
      ...(start ? { ExclusiveStartKey: start } : {}),
    });
    count += Number(answer.Count ?? 0);
    start = answer.LastEvaluatedKey;
  } while (start);
  return count;
}

/** The menu's badge: the open tasks of the caller's default list (its inbox; the city's: all) and the overdue. */
export async function taskCounts(
  principal: Principal,
  now: Date,
): Promise<{ open: number; overdue: number }> {
  const plan = planTaskList(principal, {});
  if (!plan) return { open: 0, overdue: 0 };
  const [open, overdue] = await Promise.all([
    countOf(queryOf(plan, { status: 'open' }).query.params()),
    countOf(queryOf(plan, { overdueAt: now }).query.params()),
  ]);
  return { open, overdue };
}
