import { describe, expect, it } from 'vitest';
import { dustScanUrl, dustTypes } from '#functions/dust-sites/domain/dust-types';
import { dustSiteCreateSchema, dustSiteUpdateSchema } from '#functions/dust-sites/schemas';
import { siteView } from '#functions/dust-sites/store/site-items';

const item = {
  siteId: 's1',
  enterpriseId: 'e1',
  enterpriseName: '湖塘粉末冶金厂',
  districtId: 'wujin',
  townId: 't1',
  name: '一号抛光车间',
  location: '东侧',
  dustType: '铝粉',
  contactPhone: '13912345678',
  status: 'active' as const,
  token: 'AbCdEfGhIjKlMnOpQrStUv',
  codeIssuedAt: '2026-12-01T00:00:00.000Z',
  version: 3,
  createdBy: 'u1',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};

describe('dust site rules', () => {
  it('encodes the phone page /m/d/<token> in the QR', () => {
    expect(dustScanUrl('https://aq.example.cn/', 'AbCdEfGhIjKlMnOpQrStUv')).toBe(
      'https://aq.example.cn/m/d/AbCdEfGhIjKlMnOpQrStUv',
    );
  });

  it('masks the contact phone except for managers, and hides version and author', () => {
    expect(siteView(item).contactPhone).toBe('139****5678');
    expect(siteView(item, true).contactPhone).toBe('13912345678');
    expect(siteView(item)).not.toHaveProperty('version');
    expect(siteView(item)).not.toHaveProperty('createdBy');
    expect(siteView(item).id).toBe('s1');
  });

  it('takes only the fixed dust types and a mainland mobile number', () => {
    const valid = {
      enterpriseId: 'e1',
      name: '车间',
      location: '东侧',
      dustType: '木粉',
      contactPhone: '13912345678',
    };
    expect(dustTypes).toContain('木粉');
    expect(dustSiteCreateSchema.safeParse(valid).success).toBe(true);
    expect(dustSiteCreateSchema.safeParse({ ...valid, dustType: '木屑' }).success).toBe(false);
    expect(dustSiteCreateSchema.safeParse({ ...valid, contactPhone: '12912345678' }).success).toBe(false);
    expect(dustSiteCreateSchema.safeParse({ ...valid, enterpriseId: undefined }).success).toBe(false);
  });

  it('edits default to active and name no enterprise', () => {
    const parsed = dustSiteUpdateSchema.parse({
      name: '车间',
      location: '东侧',
      dustType: '其他',
      contactPhone: '13912345678',
    });
    expect(parsed.status).toBe('active');
    expect(parsed).not.toHaveProperty('enterpriseId');
  });
});
