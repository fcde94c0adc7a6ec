import { describe, expect, it } from 'vitest';
import { dustSiteFace, riskPointFace } from '#functions/labels/pdf/faces';

describe('label faces', () => {
  it("prints a dust site's dust type in its bar, then enterprise, site, location, and its given URL", () => {
    // Act
    const face = dustSiteFace(
      {
        enterpriseName: '常州喆堃铝制品有限公司',
        name: '一号抛光车间',
        location: '南侧厂房',
        dustType: '铝粉',
      },
      'https://changan.example.cn/m/d/TOKEN',
    );

    // Assess
    expect(face.bar.name).toBe('涉爆粉尘 · 铝粉');
    expect(face.fields.map((field) => [field.caption, field.value])).toEqual([
      ['企业', '常州喆堃铝制品有限公司'],
      ['粉尘场所', '一号抛光车间'],
      ['车间/位置', '南侧厂房'],
    ]);
    expect(face.url).toBe('https://changan.example.cn/m/d/TOKEN');
    expect(face.instruction).toContain('清扫');
  });

  it("keeps a risk point's label as it was: level bar, 风险点, /m/r/<token>, 扫码自查", () => {
    // Act
    const face = riskPointFace('https://changan.example.cn/', {
      riskPointId: '01JR',
      enterpriseId: '01JE',
      enterpriseName: '常州犇腾粉末冶金有限公司',
      name: '液氨制冷机房',
      location: '厂区西北角',
      level: 'orange',
      token: 'TOK',
    });

    // Assess
    expect(face.bar).toEqual({ name: '较大风险', colour: '#F07C12', text: '#FFFFFF' });
    expect(face.fields.map((field) => field.caption)).toEqual(['企业', '风险点', '位置']);
    expect(face.url).toBe('https://changan.example.cn/m/r/TOK');
    expect(face.instruction).toBe('扫码自查 · 请使用微信或手机相机扫描');
  });
});
