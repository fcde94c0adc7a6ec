import { levelStyles } from '#functions/labels/domain/levels';
import { scanUrl } from '#functions/labels/domain/scan-url';
import type { LabelPoint } from '#functions/risk-points/index';

/** One text block of a label: a small grey caption, then the value in at most `lines` lines. */
export interface FaceField {
  readonly caption: string;
  readonly value: string;
  readonly size: number;
  readonly lines: number;
  readonly bold: boolean;
}

/**
 * What one label shows, whatever it is for: the coloured bar with its heading, up to three text blocks beside
 * the QR code, the URL the code encodes, and the line under the code telling people what to do with it.
 */
export interface LabelFace {
  readonly bar: { readonly name: string; readonly colour: string; readonly text: string };
  readonly fields: readonly FaceField[];
  readonly url: string;
  readonly instruction: string;
}

export const RISK_INSTRUCTION = '扫码自查 · 请使用微信或手机相机扫描';
export const DUST_INSTRUCTION = '每日清扫后扫码拍照上传 · 请用微信或手机相机扫描';

/** A risk point's label: its level's colour and name, enterprise, point, location; `/m/r/<token>`. */
export function riskPointFace(consoleOrigin: string, point: LabelPoint): LabelFace {
  const style = levelStyles[point.level];
  return {
    bar: { name: style.name, colour: style.bar, text: style.text },
    fields: [
      { caption: '企业', value: point.enterpriseName, size: 10, lines: 2, bold: false },
      { caption: '风险点', value: point.name, size: 13, lines: 2, bold: true },
      { caption: '位置', value: point.location, size: 9, lines: 2, bold: false },
    ],
    url: scanUrl(consoleOrigin, point.token),
    instruction: RISK_INSTRUCTION,
  };
}

/** What a dust site's label needs of the site (dust-sites' DustSite has more). */
export interface LabelDustSite {
  readonly enterpriseName: string;
  readonly name: string;
  readonly location: string;
  readonly dustType: string;
}

/**
 * A dust site's label (场所码): a dark bar 涉爆粉尘 · <dust type> (not a risk colour: a site has no risk level),
 * the enterprise, the site and its workshop (one line: with two, a long name would run into the line under the
 * code); the code opens `url`, the daily upload page
 * `<console>/m/d/<token>` (dust-sites' dustScanUrl: the site's own capability says where its code points).
 */
export function dustSiteFace(site: LabelDustSite, url: string): LabelFace {
  return {
    bar: { name: `涉爆粉尘 · ${site.dustType}`, colour: '#4E342E', text: '#FFFFFF' },
    fields: [
      { caption: '企业', value: site.enterpriseName, size: 10, lines: 2, bold: false },
      { caption: '粉尘场所', value: site.name, size: 13, lines: 2, bold: true },
      { caption: '车间/位置', value: site.location, size: 9, lines: 1, bold: false },
    ],
    url,
    instruction: DUST_INSTRUCTION,
  };
}
