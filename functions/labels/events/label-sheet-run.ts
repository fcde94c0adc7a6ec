import { currentPrincipalOf } from '#functions/identity/index';
import { type StoredSelection, sheetLabels } from '#functions/labels/events/label-sources';
import { labelSheetPdf } from '#functions/labels/pdf/sheet';
import { MAX_LABELS } from '#functions/labels/schemas';
import { type LabelSheetItem, requesterPrincipal } from '#functions/labels/store/label-sheets';
import { sheetKey, writeLabelObject } from '#functions/labels/store/objects';
import { type Run, updateRun } from '#functions/labels/store/runs';
import { now } from '#functions/platform/clock';
import { consoleOrigin } from '#functions/platform/env';
import type { Principal } from '#functions/platform/principal';

export const REQUESTER_CHANGED = '发起打印的账号已停用或权限已变更，标签未生成';
export const TOO_MANY = `超过 ${MAX_LABELS} 张标签，请缩小筛选范围（如按镇或企业）分批打印`;
const SCOPE_FIELDS = ['role', 'districtId', 'townId', 'gridId', 'enterpriseId'] as const;

/** The account still exists, is enabled, and has the role and scope the sheet stored. */
async function stillEntitled(stored: Principal): Promise<boolean> {
  const current = await currentPrincipalOf(stored.userId);
  return !!current && SCOPE_FIELDS.every((field) => (current[field] ?? null) === (stored[field] ?? null));
}

/**
 * Prints every risk point or dust site of the sheet's selection the requester may print (label-sources.ts scopes
 * and skips retired ones) to `label-sheets/<sheetId>.pdf`, writing progress after each page of labels. Selected
 * ids that did not come back are counted as skipped, never named: the answer must not tell which ids exist
 * outside one's scope. An enterprise user's labels are checked once more against its enterprise.
 */
export async function runLabelSheet(run: Run, sheet: LabelSheetItem, clock: () => Date = now) {
  const requester = requesterPrincipal(sheet);
  if (!(await stillEntitled(requester))) {
    await updateRun(run, { status: 'FAILED', message: REQUESTER_CHANGED }, clock());
    return { total: 0, failed: REQUESTER_CHANGED };
  }
  const selection = sheet.selection as StoredSelection;
  const requested = 'ids' in selection ? selection.ids.length : undefined;
  const origin = consoleOrigin();
  const pdf = labelSheetPdf(origin);
  const seen = new Set<string>();
  for await (const page of sheetLabels(requester, selection, origin)) {
    const labels = page.filter(
      (label) =>
        !seen.has(label.id) &&
        (requester.role !== 'enterpriseUser' || label.enterpriseId === requester.enterpriseId),
    );
    for (const label of labels) seen.add(label.id);
    if (pdf.count() + labels.length > MAX_LABELS) {
      await updateRun(run, { status: 'FAILED', message: TOO_MANY }, clock());
      return { total: pdf.count(), failed: TOO_MANY };
    }
    pdf.addFaces(labels.map((label) => label.face));
    await updateRun(run, { processed: pdf.count(), total: requested ?? pdf.count() }, clock());
  }
  const total = pdf.count();
  const bytes = await pdf.end();
  const downloadKey = sheetKey(run.sheetId);
  await writeLabelObject(downloadKey, bytes, 'application/pdf');
  const skipped = requested === undefined ? 0 : requested - total;
  await updateRun(run, { status: 'DONE', processed: total, total, skipped, downloadKey }, clock());
  return { total, skipped, bytes: bytes.byteLength };
}
