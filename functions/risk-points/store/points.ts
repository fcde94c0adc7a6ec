import { enterpriseCard } from '#functions/enterprises/index';
import type { AuditRecord } from '#functions/platform/audit/record';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, NotFoundError, ValidationError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';
import { cycleBounds, cycleWithinBounds, nextDueAt } from '#functions/risk-points/domain/schedule';
import { newCodeToken } from '#functions/risk-points/domain/token';
import type { RiskPoint, RiskPointCreate, RiskPointUpdate } from '#functions/risk-points/schemas';
import { getClassItem } from '#functions/risk-points/store/classes';
import { claimToken, releaseToken } from '#functions/risk-points/store/codes';
import { ensureDictionary } from '#functions/risk-points/store/dictionary-seed';
import { riskPoint } from '#functions/risk-points/store/entities/risk-point';
import {
  mayManage,
  pointView,
  type RiskPointItem,
  visiblePoint,
} from '#functions/risk-points/store/point-items';

type PointFields = Omit<RiskPointUpdate, 'status'>;

/** The class's defaults for what the input leaves out; the cycle checked against the class's bounds. */
async function classDefaults(input: PointFields, at: Date, allowRetired: string | undefined) {
  await ensureDictionary(at);
  const found = await getClassItem(input.classId);
  if (!found || (found.status === 'retired' && found.classId !== allowRetired))
    throw new ValidationError([
      {
        path: 'body.classId',
        message: found ? '该风险类别已停用，请选择在用的类别' : '风险类别不存在',
        code: 'invalid_class',
      },
    ]);
  const cycleDays = input.cycleDays ?? found.cycleDays;
  if (!cycleWithinBounds(cycleDays, found.cycleDays)) {
    const { min, max } = cycleBounds(found.cycleDays);
    throw new ValidationError([
      {
        path: 'body.cycleDays',
        message: `检查周期须在 ${min}–${max} 天之间（类别周期的 2 倍以内）`,
        code: 'cycle_out_of_bounds',
      },
    ]);
  }
  return {
    classId: found.classId,
    className: found.name,
    level: input.level ?? found.level,
    cycleDays,
    controls: input.controls ?? found.controls,
  };
}

const auditOf = (
  action: AuditRecord['action'],
  item: RiskPointItem,
  before: RiskPointItem | null,
  summary: string,
  at: Date,
): AuditRecord => ({
  action,
  entity: 'riskPoint',
  entityId: item.riskPointId,
  districtId: item.districtId,
  before: before ? { ...pointView(before, at, true), overdue: undefined } : null,
  after: { ...pointView(item, at, true), overdue: undefined },
  summary: `${summary}：${item.enterpriseName} / ${item.name}`,
});

export async function createPoint(
  principal: Principal,
  input: RiskPointCreate,
  at: Date,
): Promise<{ riskPoint: RiskPoint; audit: AuditRecord }> {
  const own = principal.role === 'enterpriseUser';
  if (own && input.enterpriseId && input.enterpriseId !== principal.enterpriseId)
    throw new ValidationError([
      { path: 'body.enterpriseId', message: '企业账号只能为本企业添加风险点', code: 'invalid_enterprise' },
    ]);
  const enterpriseId = own ? principal.enterpriseId : input.enterpriseId;
  if (!enterpriseId)
    throw new ValidationError([{ path: 'body.enterpriseId', message: '请选择企业', code: 'required' }]);
  const card = await enterpriseCard(enterpriseId);
  if (!card || !inScope(principal, { ...card, enterpriseId }))
    throw new ValidationError([
      { path: 'body.enterpriseId', message: '企业不存在或不在您的管辖范围内', code: 'invalid_enterprise' },
    ]);
  const defaults = await classDefaults(input, at, undefined);
  const riskPointId = newId(at);
  const token = await claimToken(riskPointId, at, newCodeToken);
  const createdAt = at.toISOString();
  const { data } = await riskPoint
    .create({
      riskPointId,
      enterpriseId,
      enterpriseName: card.name,
      districtId: card.districtId,
      townId: card.townId,
      ...(card.gridId ? { gridId: card.gridId } : {}),
      ...defaults,
      name: input.name,
      location: input.location,
      responsible: input.responsible,
      status: 'active',
      nextDueAt: nextDueAt({ createdAt, cycleDays: defaults.cycleDays }),
      token,
      codeIssuedAt: createdAt,
      version: 1,
      createdBy: principal.userId,
      createdAt,
      updatedAt: createdAt,
    })
    .go();
  return { riskPoint: pointView(data, at, true), audit: auditOf('create', data, null, '新增风险点', at) };
}

/** Replaces a point's item if nobody changed it since `before` was read (a scan, another edit): else 409. */
export async function replacePoint(
  before: RiskPointItem,
  next: RiskPointItem,
  at: Date,
): Promise<RiskPointItem> {
  const item = { ...next, version: before.version + 1, updatedAt: at.toISOString() };
  try {
    const { data } = await riskPoint
      .put(item)
      .where((a, op) => op.eq(a.version, before.version))
      .go();
    return data;
  } catch (error) {
    if (isConditionFailure(error))
      throw new ConflictError('RISK_POINT_CHANGED', '该风险点刚被修改（或刚被扫码），请刷新后重试');
    throw error;
  }
}

async function managedPoint(principal: Principal, riskPointId: string): Promise<RiskPointItem> {
  const item = await visiblePoint(principal, riskPointId);
  if (!mayManage(principal, item)) throw new NotFoundError();
  return item;
}

/** A full edit; a new cycle moves `nextDueAt` with it (from the last scan, or from creation). */
export async function updatePoint(
  principal: Principal,
  riskPointId: string,
  input: RiskPointUpdate,
  at: Date,
) {
  const before = await managedPoint(principal, riskPointId);
  const defaults = await classDefaults(input, at, before.classId);
  const { lastScanAt, createdAt } = before;
  const next: RiskPointItem = {
    ...before,
    ...defaults,
    name: input.name,
    location: input.location,
    responsible: input.responsible,
    status: input.status,
    nextDueAt: nextDueAt({ createdAt, lastScanAt, cycleDays: defaults.cycleDays }),
  };
  const item = await replacePoint(before, next, at);
  const retiring = before.status === 'active' && item.status === 'retired';
  return {
    riskPoint: pointView(item, at, true),
    audit: auditOf(retiring ? 'retire' : 'update', item, before, retiring ? '停用风险点' : '修改风险点', at),
  };
}

/**
 * DELETE retires the point: its scans and hazards keep naming it, and its code stops opening a scan. Retiring
 * a retired point changes nothing and answers the same.
 */
export async function retirePoint(principal: Principal, riskPointId: string, at: Date) {
  const before = await managedPoint(principal, riskPointId);
  const item =
    before.status === 'retired' ? before : await replacePoint(before, { ...before, status: 'retired' }, at);
  return { audit: auditOf('retire', item, before, '停用风险点', at) };
}

/** A new token for the point's QR; the old code stops working at once (the point no longer carries it). */
export async function reissueCode(principal: Principal, riskPointId: string, at: Date) {
  const before = await managedPoint(principal, riskPointId);
  if (before.status === 'retired')
    throw new ConflictError('RISK_POINT_RETIRED', '风险点已停用，不能重新生成常安码；请先将其改为在用');
  const token = await claimToken(riskPointId, at, newCodeToken);
  const item = await replacePoint(before, { ...before, token, codeIssuedAt: at.toISOString() }, at);
  await releaseToken(before.token);
  return {
    riskPoint: pointView(item, at, true),
    audit: auditOf('reissueCode', item, before, '重新生成常安码', at),
  };
}

export async function getPoint(principal: Principal, riskPointId: string, at: Date): Promise<RiskPoint> {
  const item = await visiblePoint(principal, riskPointId);
  return pointView(item, at, mayManage(principal, item));
}
