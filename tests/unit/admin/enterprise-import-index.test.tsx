import { createRequire } from 'node:module';
import { QueryClient } from '@tanstack/react-query';
import { AdminContext, memoryStore } from 'react-admin';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ImportTask } from '../../../admin/src/dataProvider';
import { ImportResult } from '../../../admin/src/enterprises/ImportResult';
import { indexPhaseOf } from '../../../admin/src/enterprises/useEnterpriseImport';
import { i18nProvider } from '../../../admin/src/i18n';
import { isSettled } from '../../../admin/src/shared/usePolledTask';

/** See dashboard-stats.test.tsx: react-admin and the console's files each need a router of their own copy. */
const NodeMemoryRouter = (createRequire(import.meta.url)('react-router') as typeof import('react-router'))
  .MemoryRouter;

/** A DONE import of 3,000 new rows, as GET /api/enterprise-imports/{id} answers it. */
function makeImportTask(overrides: Partial<ImportTask> = {}): ImportTask {
  return {
    id: '01M8Y27G8D8X4DRTSKFQPX3TVM',
    status: 'DONE',
    fileName: '企业名单.xlsx',
    total: 3000,
    processed: 3000,
    created: 3000,
    updated: 0,
    unchanged: 0,
    failed: 0,
    errors: [],
    indexed: 3000,
    indexTotal: 3000,
    indexStatus: 'DONE',
    createdAt: '2026-12-03T05:40:00.000Z',
    updatedAt: '2026-12-03T05:41:00.000Z',
    ...overrides,
  };
}

/** The import result in Chinese, as text. */
function resultText(task: ImportTask): string {
  const html = renderToStaticMarkup(
    <NodeMemoryRouter>
      <MemoryRouter>
        <AdminContext
          store={memoryStore({ locale: 'zh' })}
          queryClient={new QueryClient()}
          i18nProvider={i18nProvider}
        >
          <ImportResult task={task} />
        </AdminContext>
      </MemoryRouter>
    </NodeMemoryRouter>,
  );
  return html
    .replace(/<style[^>]*>[^<]*<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the import dialog after DONE', () => {
  it('shows how far the name search index of the new enterprises is while it is built', () => {
    // Act
    const text = resultText(makeImportTask({ indexed: 500, indexStatus: 'RUNNING' }));

    // Assess
    expect(text).toContain('导入完成，共 3000 行，全部成功。');
    expect(text).toContain('名称搜索索引建立中（已完成 500 / 3000）');
    expect(text).toContain('索引建好前按名称搜索可能暂时找不到其中一部分');
    expect(text).not.toContain('名称搜索索引未完成');
  });

  it('says the names become searchable tonight when the index phase stopped', () => {
    // Act
    const text = resultText(makeImportTask({ indexed: 1000, indexStatus: 'DEFERRED' }));

    // Assess
    expect(text).toContain(
      '名称搜索索引未完成：有 2000 家新增企业暂时无法按名称搜索，系统将于今晚自动补全。列表、筛选和导出不受影响，无需重新导入。',
    );
    expect(text).not.toContain('名称搜索索引建立中');
  });

  it('says nothing about the index once every new name is searchable, nor for a failed import', () => {
    // Act
    const done = resultText(makeImportTask());
    const failed = resultText(
      makeImportTask({ status: 'FAILED', message: '缺少必填列：企业名称', indexed: 0, indexStatus: 'DONE' }),
    );

    // Assess
    expect(done).not.toMatch(/索引/);
    expect(failed).toContain('缺少必填列：企业名称');
    expect(failed).not.toMatch(/索引/);
  });

  it('keeps reading the task while its name index is built, and stops when it is built or deferred', () => {
    // Act
    const building = indexPhaseOf(makeImportTask({ indexed: 500, indexStatus: 'RUNNING' }));
    const built = indexPhaseOf(makeImportTask());
    const deferred = indexPhaseOf(makeImportTask({ indexed: 0, indexStatus: 'DEFERRED' }));

    // Assess
    expect(building).toMatchObject({ id: '01M8Y27G8D8X4DRTSKFQPX3TVM', status: 'RUNNING' });
    expect(isSettled(building)).toBe(false);
    expect(isSettled(built)).toBe(true);
    expect(isSettled(deferred)).toBe(true);
  });
});
