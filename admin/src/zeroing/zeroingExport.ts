import { businessDay } from '#functions/platform/clock';
import { districtName } from '#functions/platform/districts';
import type { CellValue } from '#functions/platform/files/xlsx-cells';
import { checkLevelLabels } from '#functions/zeroing/domain/levels';
import { saveFile, XLSX_TYPE } from '../shared/saveFile';
import { allPages, campaignPath, type ZeroingCheck } from './zeroingApi';

/** The checks as the export's rows: one per listed hazard's result, Chinese headers first. */
export function checkRows(checks: readonly ZeroingCheck[]): CellValue[][] {
  const header = ['检查日期', '检查层级', '企业名称', '辖市（区）', '检查人员', '隐患', '结论', '说明'];
  const rows = checks.flatMap((check) =>
    check.results.map((result) => [
      check.checkedOn,
      checkLevelLabels[check.level],
      check.enterpriseName,
      districtName(check.districtId) ?? check.districtId,
      check.checkers.join('、'),
      result.description,
      result.zeroed ? '已清零' : '未清零',
      result.note,
    ]),
  );
  return [header, ...rows];
}

/** 导出检查记录: every page of the campaign's checks the caller may see, as an .xlsx download. */
export async function exportChecks(campaignId: string, campaignName: string): Promise<void> {
  const checks = await allPages<ZeroingCheck>(campaignPath(campaignId, 'checks'));
  const { writeXlsx } = await import('#functions/platform/files/xlsx-writer');
  const name = `${campaignName}-检查记录`;
  saveFile(
    writeXlsx(checkRows(checks), { sheetName: '检查记录' }),
    `${name}-${businessDay(new Date())}.xlsx`,
    XLSX_TYPE,
  );
}
