import { createRequire } from 'node:module';
import { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { AdminContext, type AuthProvider, memoryStore } from 'react-admin';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Role } from '#functions/platform/manifest-types';
import type { Stats, StatsSnapshot } from '#functions/stats/schemas';
import { AccountStatsWidget } from '../../../admin/src/dashboard/AccountStatsWidget';
import { EnterpriseStatsWidget } from '../../../admin/src/dashboard/EnterpriseStatsWidget';
import { GridCoverageWidget } from '../../../admin/src/dashboard/GridCoverageWidget';
import { MessageStatsWidget } from '../../../admin/src/dashboard/MessageStatsWidget';
import { i18nProvider } from '../../../admin/src/i18n';

/** A district's snapshot written by hand: 武进区, two towns, 8 enterprises, 6 of them inside a grid. */
const wujin: StatsSnapshot = {
  scope: { kind: 'district', id: 'wujin', name: '武进区' },
  generatedAt: '2026-12-01T02:10:00.000Z',
  enterprises: { total: 8, inGrid: 6, byStatus: { 正常生产: 5, 停产: 2, 关闭: 1 } },
  areas: [
    { id: 'T1', name: '湖塘镇', total: 6, inGrid: 6, byStatus: { 正常生产: 4, 停产: 2 } },
    { id: 'T2', name: '牛塘镇', total: 2, inGrid: 0, byStatus: { 正常生产: 1, 关闭: 1 } },
  ],
  accounts: { total: 12, disabled: 2, byRole: { districtAdmin: 1, townOfficer: 2, enterpriseUser: 9 } },
  messagesToday: { day: '2026-12-01', total: 3, byStatus: { SENT: 2, DEAD: 1 } },
};
const hutang: StatsSnapshot = {
  ...wujin,
  scope: { kind: 'town', id: 'T1', name: '湖塘镇' },
  areas: [
    { id: 'G1', name: '第1网格', total: 5, inGrid: 5, byStatus: { 正常生产: 5 } },
    { id: null, name: null, total: 1, inGrid: 0, byStatus: { 停产: 1 } },
  ],
  messagesToday: null,
};

/**
 * Under vitest, react-admin (loaded by Node) and the console's own files (loaded by Vite) get two copies of
 * react-router (its CommonJS and its ESM build), each with its own router context: each gets a router of its own
 * copy, or react-admin would start a hash router, which needs a browser. The stored locale is the provider's
 * own, or react-admin renders nothing until an effect (which a server render never runs) has loaded it.
 */
const NodeMemoryRouter = (createRequire(import.meta.url)('react-router') as typeof import('react-router'))
  .MemoryRouter;

/** The widget as the console renders it for a `role`, with `stats` already fetched (undefined: still loading). */
function render(widget: ReactElement, role: Role, stats?: Stats): string {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const identity = { id: 'u1', fullName: '张三', username: 'zhangsan', role, scope: {} };
  queryClient.setQueryData(['auth', 'getIdentity'], identity);
  if (stats) queryClient.setQueryData(['dashboard', 'stats'], stats);
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

/** The page's text: no tags and no styles (emotion inlines them), cells and chips run together with a space. */
const text = (html: string) =>
  html
    .replace(/<style[^>]*>[^<]*<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the dashboard stats widgets', () => {
  it('say that the counts are not computed yet, and how often they will be, before the job’s first run', () => {
    // Act
    const html = render(<EnterpriseStatsWidget />, 'cityAdmin', { refreshMinutes: 10, snapshot: null });

    // Assess
    expect(text(html)).toContain('统计尚未生成，每 10 分钟更新');
  });

  it('show a district’s enterprises by status and by town, with each town’s grid coverage', () => {
    // Act
    const page = text(
      render(<EnterpriseStatsWidget />, 'districtAdmin', { refreshMinutes: 10, snapshot: wujin }),
    );

    // Assess
    expect(page).toContain('企业概况 8 家企业 正常生产 5 停产 2 关闭 1');
    expect(page).toContain('镇（街道） 企业数 正常生产 停产 关闭 网格覆盖率');
    expect(page).toContain('湖塘镇 6 4 2 0 100.0%');
    expect(page).toContain('牛塘镇 2 1 0 1 0.0%');
    expect(page).toContain('统计时间：2026/12/1 10:10:00（北京时间），每 10 分钟更新');
  });

  it('list a town’s grids and 网格外 without a coverage column (a grid is covered by definition)', () => {
    // Act
    const page = text(
      render(<EnterpriseStatsWidget />, 'townOfficer', { refreshMinutes: 10, snapshot: hutang }),
    );

    // Assess
    expect(page).toContain('网格 企业数 正常生产 停产 关闭 第1网格 5 5 0 0 网格外 1 0 1 0');
    expect(page).not.toContain('网格覆盖率');
  });

  it('show grid coverage as a share, and leave it out for a grid member', () => {
    // Act
    const district = text(
      render(<GridCoverageWidget />, 'districtAdmin', { refreshMinutes: 10, snapshot: wujin }),
    );
    const grid = render(<GridCoverageWidget />, 'gridMember', {
      refreshMinutes: 10,
      snapshot: { ...hutang, scope: { kind: 'grid', id: 'G1', name: '第1网格' }, areas: [] },
    });

    // Assess
    expect(district).toContain('网格覆盖 75.0%');
    expect(district).toContain('网格内 6 家 · 网格外 2 家');
    expect(grid).toBe('');
  });

  it('count accounts by role, naming the disabled ones', () => {
    // Act
    const page = text(
      render(<AccountStatsWidget />, 'districtAdmin', { refreshMinutes: 10, snapshot: wujin }),
    );

    // Assess
    expect(page).toContain('账号 12 个账号 其中已停用 2 个');
    expect(page).toContain('辖区管理员 1 镇（街道）监管员 2 企业用户 9');
    expect(page).not.toContain('网格员');
  });

  it('show today’s messages to managers, linked to that day’s list, and nothing for a town', () => {
    // Act
    const html = render(<MessageStatsWidget />, 'districtAdmin', { refreshMinutes: 10, snapshot: wujin });
    const town = render(<MessageStatsWidget />, 'townOfficer', { refreshMinutes: 10, snapshot: hutang });

    // Assess
    expect(text(html)).toContain(
      '今日消息 3 条（2026-12-01，北京时间） 待发送 0 发送中 0 已发送 2 失败待重试 0 已放弃 1',
    );
    expect(html).toContain(`href="/messages?filter=${encodeURIComponent('{"date":"2026-12-01"}')}"`);
    expect(town).toBe('');
  });

  it('render nothing for an enterprise user, whose role the stats route does not admit', () => {
    // Act
    const widgets = [<EnterpriseStatsWidget key="e" />, <AccountStatsWidget key="a" />].map((widget) =>
      render(widget, 'enterpriseUser', { refreshMinutes: 10, snapshot: wujin }),
    );

    // Assess
    expect(widgets).toEqual(['', '']);
  });

  it('show the loading state while the counts are on their way', () => {
    // Act
    const page = text(render(<AccountStatsWidget />, 'cityAdmin'));

    // Assess
    expect(page).toContain('账号');
    expect(page).toContain('正在加载');
  });
});
