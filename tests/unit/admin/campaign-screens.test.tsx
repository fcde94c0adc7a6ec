import type { ReactElement } from 'react';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { CampaignStatusField, RateField } from '../../../admin/src/campaigns/CampaignList';
import { campaignApi } from '../../../admin/src/campaigns/campaignApi';
import { createBody, rateText, withTotal } from '../../../admin/src/campaigns/format';
import { ProgressTable } from '../../../admin/src/campaigns/ProgressTable';
import { targetColumns } from '../../../admin/src/campaigns/targetExport';
import { consoleText } from './support/console-text';

const render = (element: ReactElement) => consoleText(element);

const inRecord = (record: Record<string, unknown>, element: ReactElement) => (
  <RecordContextProvider value={{ id: 'C1', ...record }}>{element}</RecordContextProvider>
);

describe('the campaign console', () => {
  it('shows the status in Chinese, 已截止 once a sent campaign is past its deadline, and the rate', () => {
    expect(render(inRecord({ status: 'draft' }, <CampaignStatusField />))).toBe('草稿');
    expect(render(inRecord({ status: 'sending' }, <CampaignStatusField />))).toBe('发送中');
    expect(render(inRecord({ status: 'sent', closed: true }, <CampaignStatusField />))).toBe('已截止');
    expect(render(inRecord({ rate: 90.87 }, <RateField />))).toBe('90.87%');
    expect(render(inRecord({ rate: null }, <RateField />))).toBe('—');
  });

  it('draws the progress table by district with a total computed from the counts', () => {
    // Act
    const text = render(
      inRecord(
        {
          status: 'sent',
          progress: [
            { districtId: 'liyang', sent: 300, submitted: 1, rate: 0.33 },
            { districtId: 'wujin', sent: 1700, submitted: 2, rate: 0.12 },
          ],
        },
        <ProgressTable />,
      ),
    );

    // Assess
    expect(text).toBe(
      '辖市（区） 发送企业 已填报 完成率 溧阳市 300 1 0.33% 武进区 1700 2 0.12% 合计 2000 3 0.15%',
    );
  });

  it('says the table comes once the campaign is sent', () => {
    expect(render(inRecord({ status: 'draft', progress: [] }, <ProgressTable />))).toContain(
      '发送后这里显示',
    );
  });
});

describe('campaign console helpers', () => {
  it('writes rates as the report does and totals from the counts, not a mean of rates', () => {
    expect(rateText(90.8727)).toBe('90.87%');
    expect(rateText(undefined, '无')).toBe('无');
    const rows = withTotal([{ districtId: 'wujin', sent: 3, submitted: 1, rate: 33.33 }], '合计');
    expect(rows.at(-1)).toEqual({ districtId: 'total', name: '合计', sent: 3, submitted: 1, rate: 33.33 });
    expect(withTotal([], '合计')).toEqual([
      { districtId: 'total', name: '合计', sent: 0, submitted: 0, rate: null },
    ]);
  });

  it('turns the builder’s values into the create body: blanks dropped, texts trimmed', () => {
    expect(
      createBody({
        title: ' 冬季自查 ',
        items: [{ text: ' 安全出口畅通 ' }, {}],
        filter: { districtId: 'wujin', townId: '', industry: null },
        deadline: '2030-05-20',
        reminderDays: '5',
      }),
    ).toEqual({
      title: '冬季自查',
      items: [{ text: '安全出口畅通' }, { text: '' }],
      filter: { districtId: 'wujin' },
      deadline: '2030-05-20',
      reminderDays: 5,
    });
  });

  it('asks the count with the set filter fields only, and sends with a POST', async () => {
    // Prepare
    const calls: { path: string; method?: string }[] = [];
    const fake = async <T,>(path: string, request: { method?: string } = {}) => {
      calls.push({ path, ...(request.method ? { method: request.method } : {}) });
      return { total: 0, byDistrict: [] } as T;
    };
    const api = campaignApi(fake as never);

    // Act
    await api.count({ districtId: 'wujin', townId: '', flag: 'dust' });
    await api.count({});
    await api.send('C 1');

    // Assess
    expect(calls).toEqual([
      { path: '/campaign-targets/count?districtId=wujin&flag=dust' },
      { path: '/campaign-targets/count' },
      { path: '/campaigns/C%201/send', method: 'POST' },
    ]);
  });
});

describe('the targets export', () => {
  it('writes the answer time in Beijing time, as the list shows it', () => {
    // Prepare: 00:30 on 2 December in Beijing, still 1 December in UTC
    const row = { id: 'E1', enterpriseName: '甲厂', submittedAt: '2026-12-01T16:30:00.000Z', failCount: 1 };

    // Act
    const cells = targetColumns.map((column) => column.value(row, {}));

    // Assess
    expect(cells).toEqual(['甲厂', '', undefined, '已填报', '2026/12/2 00:30:00', '', 1]);
  });
});
