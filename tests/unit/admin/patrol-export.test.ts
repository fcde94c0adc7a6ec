import type { DataProvider, FetchRelatedRecords, RaRecord } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { patrolExporter } from '../../../admin/src/patrols/patrolExporter';
import { stubBrowserDownloads } from './download-support';

let browser: ReturnType<typeof stubBrowserDownloads>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(new Date('2030-05-06T02:00:00Z'));
  browser = stubBrowserDownloads();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the patrol list export', () => {
  it('writes one row per patrol in Chinese: Beijing time, district, enterprise, member, findings', async () => {
    // Prepare
    const patrol: RaRecord = {
      id: 'P1',
      at: '2030-05-06T01:30:00Z',
      districtId: 'xinbei',
      enterpriseName: '常州罗溪机械厂',
      patrolledByName: '李网格',
      formVersion: 'c1+xinbei1',
      failedItemIds: ['c07', 'xinbei-02'],
      hazardIds: ['H1'],
      codeChecked: true,
    };

    // Act
    await patrolExporter([patrol], (async () => ({})) as FetchRelatedRecords, {} as DataProvider, 'patrols');
    const [download] = await browser.downloads();
    const rows = readXlsx(download?.bytes ?? new Uint8Array());

    // Assess
    expect(download?.fileName).toBe('网格化巡查-2030-05-06.xlsx');
    expect(rows.map((row) => row.cells)).toEqual([
      [
        '巡查时间（北京时间）',
        '辖市（区）',
        '企业',
        '网格员',
        '巡查表版本',
        '不符合项',
        '隐患数',
        '常安码使用检查',
      ],
      [
        '2030/5/6 09:30:00',
        '新北区',
        '常州罗溪机械厂',
        '李网格',
        'c1+xinbei1',
        'c07、xinbei-02',
        1,
        '已检查',
      ],
    ]);
  });
});
