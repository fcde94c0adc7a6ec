import { describe, expect, it } from 'vitest';
import {
  flagChoices,
  industryChoices,
  statusChoices,
  statusColor,
} from '../../../admin/src/enterprises/labels';
import {
  toGridCreate,
  toGridUpdate,
  validateGridCreate,
  validateGridUpdate,
} from '../../../admin/src/grids/gridInput';
import {
  toTownCreate,
  toTownUpdate,
  validateTownCreate,
  validateTownUpdate,
} from '../../../admin/src/towns/townInput';

/** Form values as react-admin hands them over: empty inputs are null, records carry id and timestamps. */
const makeTownValues = (overrides: Record<string, unknown> = {}) => ({
  id: 'T1',
  districtId: 'wujin',
  name: '  湖塘镇 ',
  createdAt: '2026-01-01T00:00:00Z',
  ...overrides,
});

const makeGridValues = (overrides: Record<string, unknown> = {}) => ({
  id: 'G1',
  districtId: 'wujin',
  townId: 'T1',
  name: ' 湖塘一网格',
  updatedAt: '2026-01-01T00:00:00Z',
  ...overrides,
});

describe('town form', () => {
  it('sends the district and the trimmed name, nothing else', () => {
    // Prepare
    const values = makeTownValues();

    // Act
    const created = toTownCreate(values);
    const updated = toTownUpdate(values);

    // Assess
    expect(created).toEqual({ districtId: 'wujin', name: '湖塘镇' });
    expect(updated).toEqual({ name: '湖塘镇' });
  });

  it('accepts a complete town', () => {
    // Act
    const createErrors = validateTownCreate(makeTownValues());
    const updateErrors = validateTownUpdate(makeTownValues());

    // Assess
    expect(createErrors).toEqual({});
    expect(updateErrors).toEqual({});
  });

  it('asks for a name and a district when they are empty', () => {
    // Prepare
    const values = makeTownValues({ districtId: null, name: '   ' });

    // Act
    const errors = validateTownCreate(values);

    // Assess
    expect(errors).toEqual({ districtId: 'ra.validation.required', name: 'ra.validation.required' });
  });

  it('refuses a district that is not one of the seven, in the API words', () => {
    // Prepare
    const values = makeTownValues({ districtId: 'nanjing' });

    // Act
    const errors = validateTownCreate(values);

    // Assess
    expect(errors).toEqual({ districtId: '请选择辖市（区）' });
  });

  it('refuses a name longer than 64 characters on edit', () => {
    // Prepare
    const values = makeTownValues({ name: '镇'.repeat(65) });

    // Act
    const errors = validateTownUpdate(values);

    // Assess
    expect(Object.keys(errors)).toEqual(['name']);
    expect(errors.name).not.toBe('ra.validation.required');
  });
});

describe('grid form', () => {
  it('sends the town and the trimmed name, not the district the form shows', () => {
    // Prepare
    const values = makeGridValues();

    // Act
    const created = toGridCreate(values);
    const updated = toGridUpdate(values);

    // Assess
    expect(created).toEqual({ townId: 'T1', name: '湖塘一网格' });
    expect(updated).toEqual({ name: '湖塘一网格' });
  });

  it('accepts a complete grid', () => {
    // Act
    const createErrors = validateGridCreate(makeGridValues());
    const updateErrors = validateGridUpdate(makeGridValues());

    // Assess
    expect(createErrors).toEqual({});
    expect(updateErrors).toEqual({});
  });

  it('asks for a town and a name when they are empty', () => {
    // Prepare
    const values = makeGridValues({ townId: null, name: null });

    // Act
    const createErrors = validateGridCreate(values);
    const updateErrors = validateGridUpdate(values);

    // Assess
    expect(createErrors).toEqual({ townId: 'ra.validation.required', name: 'ra.validation.required' });
    expect(updateErrors).toEqual({ name: 'ra.validation.required' });
  });

  it('takes a non-text town id as missing', () => {
    // Prepare
    const values = makeGridValues({ townId: 42 });

    // Act
    const body = toGridCreate(values);
    const errors = validateGridCreate(values);

    // Assess
    expect(body).toEqual({ townId: '', name: '湖塘一网格' });
    expect(errors).toEqual({ townId: 'ra.validation.required' });
  });
});

describe('enterprise choices', () => {
  it('offers the eight 工贸 industries and three statuses by their Chinese names', () => {
    // Assess
    expect(industryChoices).toEqual([
      { id: '冶金', name: '冶金' },
      { id: '有色', name: '有色' },
      { id: '建材', name: '建材' },
      { id: '机械', name: '机械' },
      { id: '轻工', name: '轻工' },
      { id: '纺织', name: '纺织' },
      { id: '烟草', name: '烟草' },
      { id: '商贸', name: '商贸' },
    ]);
    expect(statusChoices).toEqual([
      { id: '正常生产', name: '正常生产' },
      { id: '停产', name: '停产' },
      { id: '关闭', name: '关闭' },
    ]);
  });

  it('offers the flags by their message keys', () => {
    // Assess
    expect(flagChoices).toEqual([
      { id: 'dust', name: 'app.enterprise.flags.dust' },
      { id: 'nonCoalMine', name: 'app.enterprise.flags.nonCoalMine' },
      { id: 'listingReserve', name: 'app.enterprise.flags.listingReserve' },
    ]);
  });

  it.each([
    ['正常生产', 'success'],
    ['停产', 'warning'],
    ['关闭', 'default'],
    [undefined, 'default'],
  ])('colours the status %s as %s', (status, colour) => {
    // Act
    const found = statusColor(status);

    // Assess
    expect(found).toBe(colour);
  });
});
