import type { EntityItem } from 'electrodb';
import type { LabelSheetCreate, LabelSheetTask } from '#functions/labels/schemas';
import { labelSheet } from '#functions/labels/store/entities/label-sheet';
import { presignSheetDownload, requestKey, writeLabelObject } from '#functions/labels/store/objects';
import type { AuditRecord } from '#functions/platform/audit/record';
import { now as clockNow } from '#functions/platform/clock';
import { NotFoundError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';

export type LabelSheetItem = EntityItem<typeof labelSheet>;

/** What a sheet stores of its requester: the principal without undefined scope fields. */
function requesterOf(principal: Principal): LabelSheetItem['requester'] {
  const { userId, username, name, role, districtId, townId, gridId, enterpriseId } = principal;
  return JSON.parse(
    JSON.stringify({ userId, username, name, role, districtId, townId, gridId, enterpriseId }),
  );
}

/** The requester a worker prints for, as the sheet stored it. */
export const requesterPrincipal = (sheet: LabelSheetItem): Principal =>
  JSON.parse(JSON.stringify(sheet.requester)) as Principal;

/** Links are signed when the sheet is read, so a link is always good for the next hour. */
export function labelSheetView(sheet: LabelSheetItem): LabelSheetTask {
  const day = sheet.createdAt.slice(0, 10);
  const downloadUrl = sheet.downloadKey && presignSheetDownload(sheet.downloadKey, `常安码标签-${day}.pdf`);
  return {
    id: sheet.sheetId,
    status: sheet.status,
    total: sheet.total,
    processed: sheet.processed,
    skipped: sheet.skipped,
    ...(downloadUrl ? { downloadUrl } : {}),
    ...(sheet.message ? { message: sheet.message } : {}),
    createdAt: sheet.createdAt,
    updatedAt: sheet.updatedAt,
  };
}

function sheetAudit(sheet: LabelSheetItem, selection: LabelSheetCreate): AuditRecord {
  const dust = selection.kind === 'dustSite';
  const noun = dust ? '粉尘场所' : '风险点';
  const what = selection.ids ? `所选 ${selection.ids.length} 个${noun}` : '按当前筛选条件';
  return {
    action: 'export',
    entity: dust ? 'dustSite' : 'riskPoint',
    entityId: sheet.sheetId,
    districtId: sheet.requester.districtId ?? null,
    after: null,
    summary: dust ? `打印粉尘场所码标签（${what}）` : `打印常安码标签（${what}）`,
  };
}

/** A PENDING sheet; the request object written after it starts the worker. */
export async function createLabelSheet(principal: Principal, selection: LabelSheetCreate, now = clockNow()) {
  const sheetId = newId(now);
  const at = now.toISOString();
  const objectKey = requestKey(sheetId);
  const ids = selection.ids && [...new Set(selection.ids)];
  const { data: sheet } = await labelSheet
    .create({
      sheetId,
      status: 'PENDING',
      requester: requesterOf(principal),
      objectKey,
      // kind is kept only for dust sites, so that a risk point sheet is stored as it always was.
      selection: {
        ...(selection.kind === 'dustSite' ? { kind: 'dustSite' } : {}),
        ...(ids ? { ids } : { filter: selection.filter ?? {} }),
      },
      total: ids?.length ?? 0,
      createdAt: at,
      updatedAt: at,
    })
    .go();
  await writeLabelObject(objectKey, JSON.stringify({ sheetId }), 'application/json');
  return { sheet: labelSheetView(sheet), audit: sheetAudit(sheet, selection) };
}

/** A sheet for its requester and for whoever's scope covers the requester's; 404 for everyone else. */
export async function getLabelSheet(principal: Principal, id: string): Promise<LabelSheetTask> {
  const { data: sheet } = await labelSheet.get({ sheetId: id }).go();
  const { userId, ...placement } = sheet?.requester ?? { userId: '' };
  if (!sheet || (userId !== principal.userId && !inScope(principal, placement))) throw new NotFoundError();
  return labelSheetView(sheet);
}
