import * as z from 'zod';
import { outsideGridSelection } from '#functions/enterprises/index';
import { MAX_ASSIGNMENT, PREVIEW_ROWS, requestKeyOf } from '#functions/grid-coverage/domain/assignment';
import type { AssignmentRequest, AssignmentView } from '#functions/grid-coverage/schemas';
import { type AssignmentItem, assignment } from '#functions/grid-coverage/store/entities/assignment';
import { namedRows } from '#functions/grid-coverage/store/outside';
import { type AssignmentTarget, assignmentTarget } from '#functions/grid-coverage/store/target';
import type { AuditRecord } from '#functions/platform/audit/record';
import { readEnv } from '#functions/platform/env';
import { DomainError, NotFoundError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';
import { putObject } from '#functions/platform/s3';
import { inScope } from '#functions/platform/scope';

const bucket = () => readEnv({ TRANSFERS_BUCKET: z.string().min(3) }).TRANSFERS_BUCKET;

const filterOf = (request: Pick<AssignmentRequest, 'industry' | 'q'>) =>
  JSON.parse(JSON.stringify({ industry: request.industry, q: request.q })) as Pick<
    AssignmentRequest,
    'industry' | 'q'
  >;

/** The town's active outside enterprises that pass the filter, at most MAX_ASSIGNMENT + 1. */
const selectionOf = (target: AssignmentTarget, request: AssignmentRequest) =>
  outsideGridSelection(target.districtId, { townId: target.townId, ...filterOf(request) }, MAX_ASSIGNMENT);

/** Not a field's fault: the filter selects too many (no field error, so the valid input stays valid). */
const tooMany = () =>
  new DomainError(
    400,
    'TOO_MANY_ENTERPRISES',
    `一次最多划入 ${MAX_ASSIGNMENT} 家企业，请按行业或名称缩小范围`,
  );

/** What an assignment would do, without writing anything: the count and the first rows. */
export async function previewAssignment(principal: Principal, request: AssignmentRequest) {
  const target = await assignmentTarget(principal, request, 'query');
  const rows = await selectionOf(target, request);
  return {
    count: Math.min(rows.length, MAX_ASSIGNMENT),
    limit: MAX_ASSIGNMENT,
    rows: await namedRows(rows.slice(0, PREVIEW_ROWS)),
    tooMany: rows.length > MAX_ASSIGNMENT,
  };
}

/** An assignment as the API shows it: progress counters, without the fixed id list and the request key. */
export function assignmentView(item: AssignmentItem): AssignmentView {
  return {
    id: item.assignmentId,
    status: item.status,
    districtId: item.districtId,
    townId: item.townId,
    townName: item.townName,
    gridId: item.gridId,
    gridName: item.gridName,
    filter: item.filter as AssignmentView['filter'],
    total: item.total,
    processed: item.processed,
    assigned: item.assigned,
    already: item.already,
    skipped: item.skipped,
    createdBy: item.requester.name,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    ...(item.finishedAt ? { finishedAt: item.finishedAt } : {}),
  };
}

/** What a task keeps of its requester: the principal without undefined scope fields. */
const requesterOf = ({ userId, username, name, role, districtId, townId, gridId }: Principal) =>
  JSON.parse(JSON.stringify({ userId, username, name, role, districtId, townId, gridId }));

/**
 * A PENDING assignment with its selection fixed (the ids the preview counted, read again now), then the request
 * object that starts the worker. Nothing is written when a check fails or nothing is selected.
 */
export async function createAssignment(principal: Principal, request: AssignmentRequest, now: Date) {
  const target = await assignmentTarget(principal, request, 'body');
  const rows = await selectionOf(target, request);
  if (rows.length > MAX_ASSIGNMENT) throw tooMany();
  if (rows.length === 0)
    throw new DomainError(400, 'NOTHING_SELECTED', '该镇（街道）没有符合条件的网格外企业，无需划入');
  const assignmentId = newId(now);
  const at = now.toISOString();
  const objectKey = requestKeyOf(assignmentId);
  const filter = filterOf(request);
  const { data } = await assignment
    .create({
      assignmentId,
      status: 'PENDING',
      requester: requesterOf(principal),
      ...target,
      filter,
      enterpriseIds: rows.map((row) => row.id),
      total: rows.length,
      objectKey,
      createdAt: at,
      updatedAt: at,
    })
    .go();
  await putObject(bucket(), objectKey, JSON.stringify({ assignmentId }), 'application/json');
  const audit: AuditRecord = {
    action: 'assignGrid',
    entity: 'gridAssignment',
    entityId: assignmentId,
    districtId: target.districtId,
    after: { townId: target.townId, gridId: target.gridId, total: rows.length, ...filter },
    summary: `批量划入网格：${target.townName} ${rows.length} 家网格外企业 → ${target.gridName}`,
  };
  return { assignment: assignmentView(data as AssignmentItem), audit };
}

/** An assignment for whoever's scope covers its district (its requester's, the city); 404 for everyone else. */
export async function getAssignment(principal: Principal, id: string): Promise<AssignmentView> {
  const { data } = await assignment.get({ assignmentId: id }).go();
  if (!data || !inScope(principal, { districtId: data.districtId, townId: data.townId }))
    throw new NotFoundError();
  return assignmentView(data);
}
