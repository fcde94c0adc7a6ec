import { createHash } from 'node:crypto';
import { claimsByCode, enterprisesById } from '#functions/enterprises/index';
import { createHazardFromFinding } from '#functions/hazards/index';
import { mapLimit } from '#functions/platform/concurrency';
import { ValidationError } from '#functions/platform/errors';
import { readXlsx, SpreadsheetError } from '#functions/platform/files/xlsx-reader';
import type { Principal } from '#functions/platform/principal';
import { type ImportRow, parseImportRows } from '#functions/zeroing/domain/import-rows';
import { MAX_IMPORT_ROWS, type ZeroingImport } from '#functions/zeroing/schemas';
import { assertListRoom, mergeListings } from '#functions/zeroing/store/entries';

const fileError = (message: string) =>
  new ValidationError([{ path: 'body.content', message, code: 'invalid_file' }], message);

/** The sheet's rows, or 400: not an .xlsx, over 500 rows, or a row that does not check. */
function rowsOf(content: string): ImportRow[] {
  let sheet: ReturnType<typeof readXlsx>;
  try {
    sheet = readXlsx(Buffer.from(content, 'base64'), { maxRows: MAX_IMPORT_ROWS + 1 });
  } catch (error) {
    if (error instanceof SpreadsheetError) throw fileError('文件无法读取，请上传 Excel（.xlsx）文件');
    throw error;
  }
  const { rows, errors } = parseImportRows(sheet);
  if (rows.length + errors.length > MAX_IMPORT_ROWS)
    throw fileError(`一次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分后再导入`);
  if (errors.length > 0)
    throw new ValidationError(errors.slice(0, 50), '导入文件有误，请按行号修改后重新导入');
  return rows;
}

/** The finding a row names: the same enterprise and description in the same campaign is the same hazard. */
const findingRefOf = (campaignId: string, row: ImportRow) =>
  `${campaignId}:${row.creditCode}:${createHash('sha256').update(row.description).digest('hex').slice(0, 16)}`;

/**
 * Imports a zeroing list from XLSX, synchronously (≤ 500 rows: one request reads, checks and writes them well
 * within the function's time; a larger list is imported in several files). Every row is checked, and every credit
 * code matched to a registered enterprise, before anything is written; then each row becomes a real hazard
 * (source `zeroing`, idempotent by its finding) and is listed. Importing the same file again changes nothing.
 */
export async function importList(
  principal: Principal,
  campaignId: string,
  input: ZeroingImport,
  now: Date,
  requestId: string,
) {
  const rows = rowsOf(input.content);
  const claims = await claimsByCode([...new Set(rows.map((row) => row.creditCode))]);
  const enterprises = await enterprisesById([...claims.values()].map((claim) => claim.enterpriseId));
  const missing = rows.filter((row) => {
    const claim = claims.get(row.creditCode);
    return !claim || !enterprises.has(claim.enterpriseId);
  });
  if (missing.length > 0)
    throw new ValidationError(
      missing.slice(0, 50).map((row) => ({
        path: `body.content.row${row.number}`,
        message: `第 ${row.number} 行：统一社会信用代码 ${row.creditCode} 未在平台登记，请先登记企业`,
        code: 'unknown_enterprise',
      })),
      '导入文件中有未登记的企业，请核对后重新导入',
    );
  await assertListRoom(
    campaignId,
    [...claims.values()].map((claim) => claim.enterpriseId),
  );
  const at = now.toISOString();
  const made = await mapLimit(rows, 8, async (row) => {
    const enterprise = enterprises.get(claims.get(row.creditCode)?.enterpriseId ?? '');
    if (!enterprise) throw new Error('enterprise vanished during the import');
    const placement = {
      enterpriseId: enterprise.id,
      districtId: enterprise.districtId,
      townId: enterprise.townId,
      ...(enterprise.gridId ? { gridId: enterprise.gridId } : {}),
    };
    const { hazardId, created } = await createHazardFromFinding({
      source: 'zeroing',
      findingRef: findingRefOf(campaignId, row),
      ...placement,
      description: row.description,
      level: row.level,
      photoIds: [],
      createdBy: principal.userId,
      at,
      routeKey: 'POST /api/zeroing-campaigns/{id}/imports',
      requestId,
    });
    return { listing: { ...placement, hazardId, description: row.description, level: row.level }, created };
  });
  const merged = await mergeListings(
    campaignId,
    made.map((one) => one.listing),
    now,
  );
  return {
    rows: rows.length,
    enterprises: merged.enterprises,
    hazardsCreated: made.filter((one) => one.created).length,
  };
}
