import { describe, expect, it } from 'vitest';
import { todayText } from '../../../admin/src/m/dust/SiteCard';
import { parseRoute } from '../../../admin/src/m/router';

const TOKEN = 'Zx9_Fen-ChenMaQrStUv01';

describe('the phone pages read their address', () => {
  it('opens a dust site code /m/d/<token> as the dust page', () => {
    // Act
    const route = parseRoute(`/m/d/${TOKEN}`, '');

    // Assess
    expect(route).toEqual({ name: 'dust', token: 'Zx9_Fen-ChenMaQrStUv01' });
  });

  it('keeps a risk point code /m/r/<token> the scan page, apart from a dust code', () => {
    // Act
    const scan = parseRoute(`/m/r/${TOKEN}`, '');

    // Assess
    expect(scan).toEqual({ name: 'scan', token: 'Zx9_Fen-ChenMaQrStUv01' });
  });

  it('takes a trailing slash of a dust code as the same page', () => {
    // Act
    const route = parseRoute(`/m/d/${TOKEN}/`, '');

    // Assess
    expect(route).toEqual({ name: 'dust', token: 'Zx9_Fen-ChenMaQrStUv01' });
  });

  it.each([
    ['no token', '/m/d'],
    ['an empty token', '/m/d/'],
    ['a mangled token', '/m/d/abc%20def'],
    ['a token with a dot', '/m/d/abc.def'],
    ['a token over 64 characters', `/m/d/${'a'.repeat(65)}`],
    ['a segment after the token', `/m/d/${TOKEN}/more`],
  ])('answers the missing page for %s', (_case, path) => {
    // Act
    const route = parseRoute(path, '');

    // Assess
    expect(route).toEqual({ name: 'missing' });
  });
});

describe("the dust page's today line", () => {
  it('says 今日尚未上报 before any upload counts', () => {
    expect(todayText(0)).toBe('今日尚未上报');
  });

  it('says how many uploads today counts', () => {
    expect(todayText(1)).toBe('今日已上报 1 次');
    expect(todayText(3)).toBe('今日已上报 3 次');
  });
});
