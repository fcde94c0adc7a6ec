/**
 * The gallery's keyboard (pure, so it is tested without a browser): arrow keys move the selection through the
 * grid of `columns` cards, A approves and R asks for a reject reason. Keys typed into a field (the reason
 * dialog) never reach here: the gallery only listens when no input has focus.
 */
export type GalleryAction =
  | { type: 'select'; index: number }
  | { type: 'approve'; index: number }
  | { type: 'reject'; index: number }
  | { type: 'none' };

export function galleryAction(key: string, index: number, count: number, columns: number): GalleryAction {
  if (count === 0) return { type: 'none' };
  const at = Math.min(Math.max(index, 0), count - 1);
  const move = (to: number) => ({ type: 'select' as const, index: Math.min(Math.max(to, 0), count - 1) });
  switch (key) {
    case 'ArrowRight':
      return move(at + 1);
    case 'ArrowLeft':
      return move(at - 1);
    case 'ArrowDown':
      return move(at + Math.max(1, columns));
    case 'ArrowUp':
      return move(at - Math.max(1, columns));
    case 'a':
    case 'A':
      return { type: 'approve', index: at };
    case 'r':
    case 'R':
      return { type: 'reject', index: at };
    default:
      return { type: 'none' };
  }
}

/** What the cards show for each suspect code of the photos API (SuspectCode). */
export const suspectLabels: Readonly<Record<string, string>> = {
  duplicate: '同一照片',
  captureGap: '拍摄时间异常',
  similar: '相似照片',
};

/** The labels of a cleaning's suspect codes, in the API's order; unknown codes are shown as they are. */
export const suspectLabelsOf = (codes: readonly string[] = []) =>
  codes.map((code) => suspectLabels[code] ?? code);

/** Suspect cleanings first, then by day (newest first), then by id: the order of the review queue. */
export function reviewOrder<T extends { cleaningId: string; day: string; suspect: boolean }>(
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      Number(b.suspect) - Number(a.suspect) ||
      b.day.localeCompare(a.day) ||
      a.cleaningId.localeCompare(b.cleaningId),
  );
}
