import { createRequire } from 'node:module';
import { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { AdminContext, type AuthProvider, memoryStore } from 'react-admin';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OverdueResponse } from '#functions/metrics/schemas';
import type { PeriodResponse, PeriodRow } from '#functions/metrics/schemas-period';
import type { Role } from '#functions/platform/manifest-types';
import type { RiskPoint } from '#functions/risk-points/schemas';
import { OwnOverduePointsWidget } from '../../../admin/src/dashboard/OwnOverduePointsWidget';
import { PeriodWidget } from '../../../admin/src/dashboard/PeriodWidget';
import { WorstEnterprisesWidget } from '../../../admin/src/dashboard/WorstEnterprisesWidget';
import { i18nProvider } from '../../../admin/src/i18n';

/** See dashboard-stats.test.tsx: react-admin and the console's files each need a router of their own copy. */
const NodeMemoryRouter = (createRequire(import.meta.url)('react-router') as typeof import('react-router'))
  .MemoryRouter;

/** The widget in Chinese for a `role` of 武进区, with the answers already fetched under their paths. */
function render(widget: ReactElement, role: Role, answers: Record<string, unknown> = {}): string {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const identity = { id: 'u1', fullName: '张三', username: 'zhangsan', role, scope: { districtId: 'wujin' } };
  queryClient.setQueryData(['auth', 'getIdentity'], identity);
  for (const [path, answer] of Object.entries(answers)) queryClient.setQueryData(['dashboard', path], answer);
  const authProvider: AuthProvider = {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getIdentity: async () => identity,
  };
  return renderToStaticMarkup(
    <NodeMemoryRouter>
      <MemoryRouter>
        <AdminContext
          store={memoryStore({ locale: 'zh' })}
          queryClient={queryClient}
          authProvider={authProvider}
          i18nProvider={i18nProvider}
        >
          {widget}
        </AdminContext>
      </MemoryRouter>
    </NodeMemoryRouter>,
  );
}

const text = (html: string) =>
  html
    .replace(/<style[^>]*>[^<]*<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const figures = {
  codeUsageRate: 0.9,
  participationRate: 0.5,
  riskPointsPerEnterprise: 2.5,
  selfFoundPerEnterprise: 0.25,
  onTimeRate: 0.8,
  openPastDeadline: 2,
  overdueRateEnd: 0.35,
  overdueRateMean: 0.2,
};
const town: PeriodRow = {
  level: 'town',
  id: 'T1',
  name: '湖塘镇',
  districtId: 'wujin',
  townId: 'T1',
  figures,
  counts: {
    enterprises: 4,
    usingEnterprises: 3,
    principalEnterprises: 2,
    scans: 10,
    lateScans: 2,
    riskPoints: { red: 2, orange: 3, yellow: 4, blue: 1, total: 10 },
    riskPointsPerEnterprise: { red: 0.5, orange: 0.75, yellow: 1, blue: 0.25, total: 2.5 },
    selfFoundHazards: 1,
    hazardsDue: 5,
    hazardsOnTime: 4,
    overduePointsEnd: 3,
    activePointsEnd: 10,
    snapshotDays: 60,
  },
  ranks: null,
  previous: { ...figures, overdueRateEnd: 0.3 },
  change: { ...figures, codeUsageRate: 0, participationRate: 0, overdueRateEnd: 0.05 },
};
const period = (data: PeriodRow[], throughDay: string | null): PeriodResponse => ({
  quarter: '2026Q4',
  level: 'town',
  final: false,
  throughDay,
  generatedAt: throughDay ? '2026-12-01T17:05:00.000Z' : null,
  thresholds: { overdueRate: 0.3, participationRate: 0.6 },
  data,
});
const TOWNS = '/metrics/period?quarter=2026Q4&level=town&districtId=wujin';
const DISTRICT = '/metrics/period?quarter=2026Q4&level=district';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-02T02:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('the period widget', () => {
  it('shows a district admin its towns with each figure, its change, and the alarms, in Chinese', () => {
    // Act
    const html = render(<PeriodWidget />, 'districtAdmin', {
      [TOWNS]: period([town], '2026-12-01'),
      [DISTRICT]: period([{ ...town, level: 'district', id: 'wujin', name: '武进区' }], '2026-12-01'),
    });
    const page = text(html);

    // Assess
    expect(page).toContain('季度指标');
    expect(page).toContain('镇（街道） 常安码使用率 主要负责人参与率 户均风险点');
    expect(page).toContain('湖塘镇 90.0% 第 1/1 · 持平 50.0% 第 1/1 · 持平 2.50');
    expect(page).toContain('80.0% 4 / 5 · 第 1/1');
    expect(page).toContain('35.0% 第 1/1 · +5.0 个百分点');
    expect(page).toContain('武进区 90.0%');
    expect(page).toContain('（统计至 2026-12-01）');
    expect(page).toContain('数据时间：2026/12/2 01:05:00（北京时间）');
    expect(html.match(/data-alarm="true"/g)?.length).toBe(4); // participation and end-of-quarter overdue, twice
    expect(page).not.toMatch(/app\.dashboard/);
  });

  it('says when the figures are computed before the first run', () => {
    // Act
    const page = text(render(<PeriodWidget />, 'districtAdmin', { [TOWNS]: period([], null) }));

    // Assess
    expect(page).toContain('指标尚未计算：每晚 01:30（北京时间）计算本季度截至前一日的指标');
    expect(page).not.toContain('导出');
  });

  it('leaves itself out for an enterprise user', () => {
    expect(render(<PeriodWidget />, 'enterpriseUser', { [TOWNS]: period([town], '2026-12-01') })).toBe('');
  });
});

describe('the overdue widgets', () => {
  it('say the figures come every hour on the hour before the overdue job’s first run', () => {
    // Prepare
    const empty: OverdueResponse = {
      level: 'enterprise',
      date: null,
      asOf: null,
      data: [],
      nextCursor: null,
    };

    // Act
    const page = text(
      render(<WorstEnterprisesWidget />, 'cityAdmin', {
        '/metrics/overdue?level=enterprise&sort=worst&limit=10': empty,
      }),
    );

    // Assess
    expect(page).toContain('逾期重大、较大风险点最多的企业');
    expect(page).toContain('指标尚未计算：每小时整点（北京时间）更新');
  });

  it('list an enterprise user’s overdue points, red first, with when each was due in Beijing time', () => {
    // Prepare
    const point = (id: string, level: RiskPoint['level'], nextDueAt: string) =>
      ({ id, name: `风险点${id}`, level, nextDueAt }) as RiskPoint;

    // Act
    const page = text(
      render(<OwnOverduePointsWidget />, 'enterpriseUser', {
        '/risk-points?overdue=true&limit=100': {
          data: [point('b', 'orange', '2026-11-20T02:00:00Z'), point('a', 'red', '2026-11-30T16:30:00Z')],
          nextCursor: null,
        },
      }),
    );

    // Assess
    expect(page).toContain('本企业逾期风险点 2');
    expect(page).toMatch(
      /重大风险 风险点a 应检：2026\/12\/1 00:30:00（北京时间），已逾期 1 天 较大风险 风险点b/,
    );
    expect(page).toContain('已逾期 12 天');
  });
});
