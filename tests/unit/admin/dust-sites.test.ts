import { describe, expect, it } from 'vitest';
import { dustScanUrlOf, dustSiteUpdateBody, dustTypeChoices } from '../../../admin/src/dust-sites/choices';
import { dustLabelRequest } from '../../../admin/src/dust-sites/dustLabels';

describe('the dust site screens', () => {
  it('sends PUT only the editable fields, keeping a retired status (the API would default it to active)', () => {
    // Act
    const body = dustSiteUpdateBody({
      id: '01JSITE',
      siteId: '01JSITE',
      enterpriseId: '01JENT',
      token: 'abc',
      name: '一号抛光车间',
      location: '南侧厂房',
      dustType: '铝粉',
      contactPhone: '13812345678',
      status: 'retired',
      createdAt: '2026-12-01T00:00:00.000Z',
    });
    const unset = dustSiteUpdateBody({ name: 'x', location: 'y', dustType: '木粉', contactPhone: '1' });

    // Assess
    expect(body).toEqual({
      name: '一号抛光车间',
      location: '南侧厂房',
      dustType: '铝粉',
      contactPhone: '13812345678',
      status: 'retired',
    });
    expect(unset.status).toBe('active');
  });

  it('shows the code as the phone opens it: <origin>/m/d/<token>', () => {
    expect(dustScanUrlOf('https://changan.example.cn/', 'Ab-9_x')).toBe(
      'https://changan.example.cn/m/d/Ab-9_x',
    );
  });

  it('offers the API fixed dust types, 铝粉 first and 其他 last', () => {
    expect(dustTypeChoices[0]).toEqual({ id: '铝粉', name: '铝粉' });
    expect(dustTypeChoices.at(-1)).toEqual({ id: '其他', name: '其他' });
    expect(dustTypeChoices).toHaveLength(10);
  });

  it('prints the selected sites, else the place filter only (no name search, no status)', () => {
    // Act
    const selected = dustLabelRequest(['01JA', '01JB'], { townId: 'T1' });
    const filtered = dustLabelRequest([], {
      districtId: 'wujin',
      townId: ' 01JTOWN ',
      enterpriseId: '',
      q: '抛光',
      status: 'retired',
    });
    const all = dustLabelRequest([], {});

    // Assess
    expect(selected).toEqual({ kind: 'dustSite', ids: ['01JA', '01JB'] });
    expect(filtered).toEqual({ kind: 'dustSite', filter: { districtId: 'wujin', townId: '01JTOWN' } });
    expect(all).toEqual({ kind: 'dustSite', filter: {} });
  });
});
