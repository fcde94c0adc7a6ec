import { describe, expect, it } from 'vitest';
import {
  dueLabel,
  type PatrolFormView,
  patrolBody,
  patrolMissing,
} from '../../../admin/src/m/patrol/patrolRules';
import { parseRoute } from '../../../admin/src/m/router';

const form: PatrolFormView = {
  cityVersion: 2,
  districtVersion: 1,
  formVersion: 'c2+xinbei1',
  items: [
    { itemId: 'c01', text: '安全生产责任制已落实', origin: 'city' },
    { itemId: 'c07', text: '消防器材配置齐全', origin: 'city' },
    { itemId: 'xinbei-01', text: '消防安全责任人明确', origin: 'district' },
  ],
};

describe('the phone patrol form', () => {
  it('asks for every item, a description of each hazard recorded and the 常安码 check, in that order', () => {
    // Act
    const empty = patrolMissing(form, { answers: {}, hazards: {}, codeChecked: false });
    const failedUndescribed = patrolMissing(form, {
      answers: { c01: 'pass', c07: 'fail', 'xinbei-01': 'na' },
      hazards: {},
      codeChecked: true,
    });
    const unticked = patrolMissing(form, {
      answers: { c01: 'pass', c07: 'fail', 'xinbei-01': 'na' },
      hazards: { c07: { record: false, description: '', level: 'general' } },
      codeChecked: true,
    });

    // Assess
    expect(empty).toEqual(['还有 3 项检查未填写', '请确认已检查企业常安码使用情况']);
    expect(failedUndescribed).toEqual(['请描述登记的 1 条隐患']);
    expect(unticked).toEqual([]);
  });

  it('sends one answer per item and a hazard per recorded 不符合 item, tied to that item', () => {
    // Act
    const body = patrolBody(
      form,
      {
        answers: { c01: 'fail', c07: 'fail', 'xinbei-01': 'pass' },
        hazards: {
          c01: { record: true, description: '  制度未上墙 ', level: 'general' },
          c07: { record: true, description: '灭火器过期', level: 'major', majorCategory: 'commerce' },
        },
        codeChecked: true,
      },
      'ent-1',
      'client-0001',
    );

    // Assess
    expect(body).toEqual({
      clientId: 'client-0001',
      enterpriseId: 'ent-1',
      cityVersion: 2,
      districtVersion: 1,
      answers: [
        { itemId: 'c01', answer: 'fail' },
        { itemId: 'c07', answer: 'fail' },
        { itemId: 'xinbei-01', answer: 'pass' },
      ],
      hazards: [
        { itemId: 'c01', description: '制度未上墙', level: 'general' },
        { itemId: 'c07', description: '灭火器过期', level: 'major', majorCategory: 'commerce' },
      ],
      codeChecked: true,
    });
  });

  it('says 从未巡查, 应巡查 or the next day on the due list', () => {
    expect(dueLabel({ due: true })).toBe('从未巡查');
    expect(dueLabel({ due: true, lastPatrolDay: '2030-04-01', dueDay: '2030-05-01' })).toBe(
      '应巡查（上次 2030-04-01）',
    );
    expect(dueLabel({ due: false, lastPatrolDay: '2030-05-01', dueDay: '2030-05-31' })).toBe(
      '下次 2030-05-31',
    );
  });

  it('opens /m/p as the due list and /m/p/<enterpriseId> as the patrol form', () => {
    expect(parseRoute('/m/p', '')).toEqual({ name: 'patrols' });
    expect(parseRoute('/m/p/01JD0000000000000000000001', '')).toEqual({
      name: 'patrol',
      enterpriseId: '01JD0000000000000000000001',
    });
    expect(parseRoute('/m/p/bad.id', '')).toEqual({ name: 'missing' });
  });
});
