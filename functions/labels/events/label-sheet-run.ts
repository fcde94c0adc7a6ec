import { currentPrincipalOf } from '#functions/identity/index';
import { labelSheetPdf } from '#functions/labels/pdf/sheet';
import { MAX_LABELS } from '#functions/labels/schemas';
import { type LabelSheetItem, requesterPrincipal } from '#functions/labels/store/label-sheets';
import { sheetKey, writeLabelObject } from '#functions/labels/store/objects';
import { type Run, updateRun } from '#functions/labels/store/runs';
import { now } from '#functions/platform/clock';
import type { Principal } from '#functions/platform/principal';
import { labelPointsFor, type RiskPointSelection } from '#functions/risk-points/index';

export const REQUESTER_CHANGED = '发起打印的账号已停用或权限已变更，标签未生成';
export const TOO_MANY = `超过 ${MAX_LABELS} 张标签，请缩小筛选范围（如按镇或企业）分批打印`;
const SCOPE_FIELDS = ['role', 'districtId', 'townId', 'gridId', 'enterpriseId'] as const;

/** The public console address the codes point to; the local stack's when unset (infra always sets it). */
export const consoleOrigin = () => process.env.CONSOLE_ORIGIN || 'http://localhost:3000';

/** The account still exists, is enabled, and has the role and scope the sheet stored. */
async function stillEntitled(stored: Principal): Promise<boolean> {
  const current = await currentPrincipalOf(stored.userId);
  return !!current && SCOPE_FIELDS.every((field) => (current[field] ?? null) === (stored[field] ?? null));
}

/**
 * Prints every point of the sheet's selection the requester may print (labelPointsFor scopes and skips retired
 * points) to `label-sheets/<sheetId>.pdf`, writing progress after each page of points. Selected ids that did not
 * come back are counted as skipped, never named: the answer must not tell which ids exist outside one's scope.
 * An enterprise user's points are checked once more against its enterprise.
 */
export async function runLabelSheet(run: Run, sheet: LabelSheetItem, clock: () => Date = now) {
  const requester = requesterPrincipal(sheet);
  if (!(await stillEntitled(requester))) {
    await updateRun(run, { status: 'FAILED', message: REQUESTER_CHANGED }, clock());
    return { total: 0, failed: REQUESTER_CHANGED };
  }
  const selection = sheet.selection as RiskPointSelection;
  const requested = 'ids' in selection ? selection.ids.length : undefined;
  const pdf = labelSheetPdf(consoleOrigin());
  const seen = new Set<string>();
  for await (const page of labelPointsFor(requester, selection)) {
    const points = page.filter(
      (point) =>
        !seen.has(point.riskPointId) &&
        (requester.role !== 'enterpriseUser' || point.enterpriseId === requester.enterpriseId),
    );
    for (const point of points) seen.add(point.riskPointId);
    if (pdf.count() + points.length > MAX_LABELS) {
      await updateRun(run, { status: 'FAILED', message: TOO_MANY }, clock());
      return { total: pdf.count(), failed: TOO_MANY };
    }
    pdf.add(points);
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
