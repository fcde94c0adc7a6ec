import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PatrolDuePage } from '../../../admin/src/m/patrol/PatrolDuePage';
import { PatrolForm } from '../../../admin/src/m/patrol/PatrolForm';
import { PatrolPage } from '../../../admin/src/m/patrol/PatrolPage';

/** The page's text, tags stripped (server rendering: effects and loads do not run). */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const form = {
  cityVersion: 1,
  districtVersion: 1,
  formVersion: 'c1+xinbei1',
  items: [
    { itemId: 'c01', text: '安全生产责任制已落实', origin: 'city' as const },
    { itemId: 'xinbei-01', text: '消防安全责任人明确', origin: 'district' as const },
  ],
};

describe('the phone patrol pages', () => {
  it('draws the form: the enterprise, its overdue points, each item with three answers, the submit held back', () => {
    // Act
    const html = renderToStaticMarkup(
      <PatrolForm
        enterprise={{ id: 'ent-1', name: '常州罗溪机械厂' }}
        overdue={[{ id: 'R1', name: '喷漆房', location: '二号车间' }]}
        form={form}
      />,
    );
    const text = textOf(html);

    // Assess
    expect(text).toContain('常州罗溪机械厂 巡查表 c1+xinbei1');
    expect(text).toContain('逾期：喷漆房（二号车间）');
    expect(text).toContain('安全生产责任制已落实 符合 不符合 不涉及');
    expect(text).toContain('消防安全责任人明确 本区增加');
    expect(text).toContain('还有 2 项检查未填写');
    expect(html).toMatch(/<button[^>]*disabled[^>]*data-testid="patrol-submit"/);
  });

  it('says when the enterprise has no overdue points', () => {
    const text = textOf(
      renderToStaticMarkup(
        <PatrolForm enterprise={{ id: 'ent-1', name: '甲厂' }} overdue={[]} form={form} />,
      ),
    );
    expect(text).toContain('该企业目前没有逾期未检的风险点。');
  });

  it('shows the due list and the form page loading first', () => {
    expect(textOf(renderToStaticMarkup(<PatrolDuePage />))).toContain('加载中…');
    expect(textOf(renderToStaticMarkup(<PatrolPage enterpriseId="ent-1" />))).toContain('加载中…');
  });
});
