/** How the dashboard writes its figures: the same text on screen and in the exported files. */

/** A share 0–1 as `34.5%`; `—` when there is nothing to divide (no active point, no enterprise). */
export function percentText(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return `${(rate * 100).toFixed(1)}%`;
}

/** A count per enterprise with two decimals, as the seed report writes it (钟楼区 9.23). */
export function perEnterpriseText(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toFixed(2);
}

/** `12 / 15`: hazards rectified on time of those due. */
export function ratioText(part: number, whole: number): string {
  return `${part} / ${whole}`;
}

export type FigureKind = 'rate' | 'perEnterprise' | 'count';

/** The words a change is written with; the exports always use the Chinese ones. */
export interface ChangeWords {
  /** After a change of a share: `个百分点`. */
  points: string;
  /** Nothing moved at the shown precision: `持平`. */
  flat: string;
}
export const changeWordsZh: ChangeWords = { points: '个百分点', flat: '持平' };

/**
 * The change against the previous quarter: shares in percentage points (`+2.3 个百分点`), other figures as
 * numbers (`-0.41`); `—` without a previous figure, `持平` when nothing moved at the shown precision.
 */
export function changeText(
  delta: number | null | undefined,
  kind: FigureKind,
  words: ChangeWords = changeWordsZh,
): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return '—';
  const shown =
    kind === 'rate'
      ? (delta * 100).toFixed(1)
      : kind === 'perEnterprise'
        ? delta.toFixed(2)
        : String(Math.round(delta));
  if (Number(shown) === 0) return words.flat;
  const signed = Number(shown) > 0 ? `+${shown}` : shown;
  return kind === 'rate' ? `${signed} ${words.points}` : signed;
}

/** `第 2 / 7`: an area's rank among its siblings; `—` when the metric cannot rank it (no data). */
export function rankText(rank: number | null | undefined, of: number): string {
  if (rank === null || rank === undefined) return '—';
  return `${rank} / ${of}`;
}
