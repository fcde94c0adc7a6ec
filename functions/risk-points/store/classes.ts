import type { AuditRecord } from '#functions/platform/audit/record';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, NotFoundError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import { type Page, type PageRequest, readPage } from '#functions/platform/pager';
import { mainTable } from '#functions/platform/tables';
import type { RiskClass, RiskClassInput } from '#functions/risk-points/schemas';
import { ensureDictionary } from '#functions/risk-points/store/dictionary-seed';
import { DICTIONARY, riskClass } from '#functions/risk-points/store/entities/risk-class';

export async function getClassItem(classId: string) {
  return (await riskClass.get({ classId }).go()).data ?? undefined;
}

type RiskClassItem = NonNullable<Awaited<ReturnType<typeof getClassItem>>>;

export function classView(item: RiskClassItem): RiskClass {
  const {
    classId,
    family,
    name,
    level,
    cycleDays,
    controls,
    checklist,
    status,
    seeded,
    createdAt,
    updatedAt,
  } = item;
  return {
    id: classId,
    family,
    name,
    level,
    cycleDays,
    controls,
    checklist,
    status,
    seeded,
    createdAt,
    updatedAt,
  };
}

export interface ClassFilter {
  level?: RiskClass['level'] | undefined;
  family?: string | undefined;
  status?: RiskClass['status'] | undefined;
}

/** The dictionary in order: one small partition (gsi1 `byDictionary`), level/family/status as filters. */
export async function listClasses(
  filter: ClassFilter,
  request: PageRequest,
  at: Date,
): Promise<Page<RiskClass>> {
  const query = riskClass.query
    .byDictionary({ dictionary: DICTIONARY })
    .where((a, op) =>
      [
        filter.level ? op.eq(a.level, filter.level) : '',
        filter.family ? op.eq(a.family, filter.family) : '',
        filter.status ? op.eq(a.status, filter.status) : '',
      ]
        .filter(Boolean)
        .join(' AND '),
    );
  const filtered = !!(filter.level || filter.family || filter.status);
  const read = () => readPage({ table: mainTable, query }, { ...request, filtered, order: 'asc' }, classView);
  // Read first: a refused cursor (400) must write nothing, the seed included.
  const page = await read();
  return (await ensureDictionary(at)) ? read() : page;
}

/** A class (every role reads the dictionary: the phone shows its checklist). */
export async function getClass(classId: string, at: Date): Promise<RiskClass> {
  await ensureDictionary(at);
  const item = await getClassItem(classId);
  if (!item) throw new NotFoundError('风险类别不存在');
  return classView(item);
}

/** Keeps the ids of items that had one, numbers new items after the largest numeric id so far. */
function numberChecklist(items: RiskClassInput['checklist']): RiskClass['checklist'] {
  let next = Math.max(0, ...items.map((item) => Number(item.itemId)).filter(Number.isFinite));
  return items.map(({ itemId, text, photoRequired }) => ({
    itemId: itemId ?? String(++next).padStart(2, '0'),
    text,
    photoRequired,
  }));
}

export async function createClass(
  input: RiskClassInput,
  at: Date,
): Promise<{ riskClass: RiskClass; audit: AuditRecord }> {
  await ensureDictionary(at);
  const classId = newId(at);
  const stamp = at.toISOString();
  const { data } = await riskClass
    .create({
      ...input,
      classId,
      checklist: numberChecklist(input.checklist),
      seeded: false,
      position: `u${classId}`,
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .go();
  const view = classView(data);
  const audit: AuditRecord = {
    action: 'create',
    entity: 'riskClass',
    entityId: classId,
    districtId: null,
    after: { ...view },
    summary: `新增风险类别“${view.name}”`,
  };
  return { riskClass: view, audit };
}

/**
 * A full edit of a class, conditional on the version read. Retiring is an edit (`status: 'retired'`): a class
 * is never deleted, because points and their scans name it; a retired class takes no new points.
 */
export async function updateClass(
  classId: string,
  input: RiskClassInput,
  at: Date,
): Promise<{ riskClass: RiskClass; audit: AuditRecord }> {
  await ensureDictionary(at);
  const before = await getClassItem(classId);
  if (!before) throw new NotFoundError('风险类别不存在');
  const next = { ...before, ...input, checklist: numberChecklist(input.checklist) };
  try {
    const { data } = await riskClass
      .put({ ...next, version: before.version + 1, updatedAt: at.toISOString() })
      .where((a, op) => op.eq(a.version, before.version))
      .go();
    const view = classView(data);
    const retiring = before.status === 'active' && view.status === 'retired';
    const audit: AuditRecord = {
      action: retiring ? 'retire' : 'update',
      entity: 'riskClass',
      entityId: classId,
      districtId: null,
      before: { ...classView(before) },
      after: { ...view },
      summary: `${retiring ? '停用' : '修改'}风险类别“${view.name}”`,
    };
    return { riskClass: view, audit };
  } catch (error) {
    if (isConditionFailure(error))
      throw new ConflictError('RISK_CLASS_CHANGED', '该风险类别刚被他人修改，请刷新后重试');
    throw error;
  }
}
