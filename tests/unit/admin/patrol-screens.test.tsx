import type { ReactElement } from 'react';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { FormEditor } from '../../../admin/src/patrol-forms/FormEditor';
import {
  bodyOf,
  formPath,
  formsApi,
  frequencyOf,
  rowsError,
  rowsOf,
} from '../../../admin/src/patrol-forms/formsApi';
import { PatrolFormsView } from '../../../admin/src/patrol-forms/PatrolFormsPage';
import { PlanEditor } from '../../../admin/src/patrol-forms/PlanEditor';
import {
  AnswersField,
  CodeUseField,
  FindingsField,
  HazardsField,
  PhotosField,
} from '../../../admin/src/patrols/PatrolFields';
import { patrolFilters } from '../../../admin/src/patrols/PatrolList';
import { consoleText } from './support/console-text';

const render = (element: ReactElement, role = 'cityAdmin') => consoleText(element, { role });

const patrol = {
  id: 'P1',
  patrolId: 'P1',
  failedItemIds: ['c07'],
  hazardIds: ['H1'],
  items: [
    { itemId: 'c01', text: '安全生产责任制已落实', origin: 'city' },
    { itemId: 'c07', text: '消防器材配置齐全', origin: 'city' },
    { itemId: 'xinbei-01', text: '消防安全责任人明确', origin: 'district' },
  ],
  answers: [
    { itemId: 'c01', answer: 'pass' },
    { itemId: 'c07', answer: 'fail', note: '二号车间' },
    { itemId: 'xinbei-01', answer: 'na' },
  ],
  hazards: [{ hazardId: 'H1', description: '灭火器过期', level: 'general', category: 'c07', photoIds: [] }],
  codeChecked: true,
  overdueRiskPoints: [{ riskPointId: 'R1', name: '喷漆房' }],
  photos: [],
};
const inPatrol = (element: ReactElement, record: Record<string, unknown> = patrol) => (
  <RecordContextProvider value={record}>{element}</RecordContextProvider>
);
const cityForm = {
  id: 'city',
  formKey: 'city',
  version: 3,
  items: [
    { itemId: 'c01', text: '安全生产责任制已落实' },
    { itemId: 'c02', text: '特种作业人员持证上岗' },
  ],
};
const noSave = async () => {
  throw new Error('not in this test');
};

describe('the patrol console screens', () => {
  it('sums up a patrol’s findings and lists its items with the answers as they were', () => {
    // Act
    const findings = render(inPatrol(<FindingsField />));
    const answers = render(inPatrol(<AnswersField />));

    // Assess
    expect(findings).toBe('1 项不符合 · 1 条隐患');
    expect(answers).toBe(
      'c01 安全生产责任制已落实 市级 符合 c07 消防器材配置齐全 市级 · 二号车间 不符合 xinbei-01 消防安全责任人明确 辖市（区）增加 不涉及',
    );
  });

  it('shows the hazards found, the 常安码 check with its overdue points, and says when there are no photos', () => {
    // Act
    const hazards = render(inPatrol(<HazardsField />));
    const none = render(inPatrol(<HazardsField />, { ...patrol, hazards: [] }));
    const code = render(inPatrol(<CodeUseField />));
    const clean = render(
      inPatrol(<CodeUseField />, { ...patrol, codeChecked: false, overdueRiskPoints: [] }),
    );
    const photos = render(inPatrol(<PhotosField />));

    // Assess
    expect(hazards).toBe('一般隐患 c07 灭火器过期 查看隐患');
    expect(none).toBe('本次巡查未登记隐患');
    expect(code).toBe('已检查 喷漆房');
    expect(clean).toBe('未检查 巡查时无逾期风险点');
    expect(photos).toBe('暂无可查看的照片。');
  });

  it('offers the city a district filter, districts a town filter, and everyone the dates', () => {
    expect(patrolFilters('cityAdmin').map((filter) => filter.key)).toEqual([
      'districtId',
      'townId',
      'from',
      'to',
    ]);
    expect(patrolFilters('districtAdmin').map((filter) => filter.key)).toEqual(['townId', 'from', 'to']);
    expect(patrolFilters('gridMember').map((filter) => filter.key)).toEqual(['from', 'to']);
  });

  it('shows a form with its version, editable or not', () => {
    // Act
    const editable = render(
      <FormEditor title="app.patrolForm.city" form={cityForm} editable onSave={noSave} />,
    );
    const readOnly = render(
      <FormEditor title="app.patrolForm.city" form={cityForm} editable={false} onSave={noSave} />,
    );
    const empty = render(
      <FormEditor
        title="app.patrolForm.district"
        form={{ id: 'xinbei', formKey: 'xinbei', version: 0, items: [] }}
        editable
        onSave={noSave}
      />,
    );

    // Assess
    expect(editable).toContain('市级巡查表 当前第 3 版');
    expect(editable).toContain('c01');
    expect(editable).toContain('保存为新版本');
    expect(readOnly).not.toContain('保存为新版本');
    expect(empty).toContain('本辖市（区）增加的检查项 当前第 0 版');
    expect(empty).toContain('暂无检查项');
  });

  it('shows the plan as the default or the district’s own, and the whole page for the city and a district', () => {
    // Prepare
    const plan = { id: 'xinbei', districtId: 'xinbei', frequencyDays: 30, own: false };
    const loaded = {
      city: cityForm,
      district: { ...cityForm, id: 'xinbei', formKey: 'xinbei', version: 1 },
      plan,
    };
    const api = formsApi(async () => {
      throw new Error('no network in this test');
    });

    // Act
    const fallback = render(<PlanEditor plan={plan} onSave={noSave} />);
    const own = render(<PlanEditor plan={{ ...plan, frequencyDays: 14, own: true }} onSave={noSave} />);
    const city = render(
      <PatrolFormsView userRole="cityAdmin" districtId="xinbei" loaded={loaded} api={api} />,
    );
    const district = render(
      <PatrolFormsView userRole="districtAdmin" districtId="xinbei" loaded={loaded} api={api} />,
    );

    // Assess
    expect(fallback).toContain('未单独设置：按默认每 30 天巡查一次（每月）');
    expect(own).toContain('本辖市（区）设定：每 14 天巡查一次');
    expect(city).toContain('巡查表与巡查计划');
    expect(city).toContain('新北区');
    expect(city.match(/保存为新版本/g)).toHaveLength(2);
    expect(district.match(/保存为新版本/g)).toHaveLength(1);
  });
});

describe('the patrol forms page’s rules and calls', () => {
  it('turns the editor rows into the next version’s body, new rows without an id', () => {
    // Prepare
    const rows = [...rowsOf(cityForm), { key: 'new-1', text: '  外来施工人员安全告知 ' }];

    // Act
    const body = bodyOf(rows, 3);

    // Assess
    expect(body).toEqual({
      baseVersion: 3,
      items: [
        { itemId: 'c01', text: '安全生产责任制已落实' },
        { itemId: 'c02', text: '特种作业人员持证上岗' },
        { text: '外来施工人员安全告知' },
      ],
    });
  });

  it('refuses empty, too long or too many items, and frequencies that are not 1–366 whole days', () => {
    expect(rowsError([{ key: 'a', text: '  ' }])).toBe('app.patrolForm.emptyText');
    expect(rowsError([{ key: 'a', text: '长'.repeat(201) }])).toBe('app.patrolForm.tooLong');
    expect(rowsError(Array.from({ length: 61 }, (_, i) => ({ key: `k${i}`, text: '项' })))).toBe(
      'app.patrolForm.tooMany',
    );
    expect(rowsError([{ key: 'a', text: '项' }])).toBeNull();
    expect(rowsError([], 'city')).toBe('app.patrolForm.cityEmpty');
    expect(rowsError([], 'xinbei')).toBeNull();
    expect(['14', ' 30 ', '366', '1'].map(frequencyOf)).toEqual([14, 30, 366, 1]);
    expect(['0', '367', '1.5', '-3', '十四', ''].map(frequencyOf)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('reads and writes the city form, a district’s additions and the plans at their API paths', async () => {
    // Prepare
    const calls: string[] = [];
    const api = formsApi(async <T,>(path: string, request?: { method?: string; body?: unknown }) => {
      calls.push(
        `${request?.method ?? 'GET'} ${path} ${request?.body ? JSON.stringify(request.body) : ''}`.trim(),
      );
      return (path === '/patrol-plans' ? { data: [{ districtId: 'wujin' }] } : { version: 1 }) as T;
    });

    // Act
    await api.readForm('city');
    await api.saveForm('xinbei', { baseVersion: 0, items: [{ text: '项' }] });
    const plans = await api.readPlans();
    await api.savePlan('xinbei', 14);

    // Assess
    expect(formPath('city')).toBe('/patrol-forms/city');
    expect(calls).toEqual([
      'GET /patrol-forms/city',
      'PUT /patrol-forms/districts/xinbei {"baseVersion":0,"items":[{"text":"项"}]}',
      'GET /patrol-plans',
      'PUT /patrol-plans/xinbei {"frequencyDays":14}',
    ]);
    expect(plans).toEqual([{ districtId: 'wujin' }]);
  });
});
