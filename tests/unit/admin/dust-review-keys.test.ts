import { describe, expect, it } from 'vitest';
import { galleryAction, reviewOrder, suspectLabelsOf } from '../../../admin/src/dust-review/gallery-keys';

describe('the review gallery keyboard', () => {
  it('moves with the arrow keys through a grid of 4 columns, staying inside it', () => {
    expect(galleryAction('ArrowRight', 0, 10, 4)).toEqual({ type: 'select', index: 1 });
    expect(galleryAction('ArrowLeft', 0, 10, 4)).toEqual({ type: 'select', index: 0 });
    expect(galleryAction('ArrowDown', 1, 10, 4)).toEqual({ type: 'select', index: 5 });
    expect(galleryAction('ArrowDown', 7, 10, 4)).toEqual({ type: 'select', index: 9 });
    expect(galleryAction('ArrowUp', 5, 10, 4)).toEqual({ type: 'select', index: 1 });
    expect(galleryAction('ArrowUp', 2, 10, 4)).toEqual({ type: 'select', index: 0 });
    expect(galleryAction('ArrowRight', 9, 10, 4)).toEqual({ type: 'select', index: 9 });
  });

  it('moves one card at a time in a single column (375 px)', () => {
    expect(galleryAction('ArrowDown', 2, 5, 1)).toEqual({ type: 'select', index: 3 });
    expect(galleryAction('ArrowDown', 2, 5, 0)).toEqual({ type: 'select', index: 3 });
  });

  it('approves with A and asks for a reason with R, on the selected card', () => {
    expect(galleryAction('a', 3, 10, 4)).toEqual({ type: 'approve', index: 3 });
    expect(galleryAction('A', 3, 10, 4)).toEqual({ type: 'approve', index: 3 });
    expect(galleryAction('r', 3, 10, 4)).toEqual({ type: 'reject', index: 3 });
    expect(galleryAction('R', 12, 10, 4)).toEqual({ type: 'reject', index: 9 });
  });

  it('does nothing for other keys or an empty queue', () => {
    expect(galleryAction('x', 3, 10, 4)).toEqual({ type: 'none' });
    expect(galleryAction('Enter', 3, 10, 4)).toEqual({ type: 'none' });
    expect(galleryAction('a', 0, 0, 4)).toEqual({ type: 'none' });
  });
});

describe('the review queue order and labels', () => {
  it('puts suspect cleanings first, then the newest day, then by id', () => {
    const items = [
      { cleaningId: 'B', day: '2026-12-01', suspect: false },
      { cleaningId: 'A', day: '2026-11-30', suspect: true },
      { cleaningId: 'C', day: '2026-12-01', suspect: true },
      { cleaningId: 'A', day: '2026-12-01', suspect: false },
    ];
    expect(reviewOrder(items).map((i) => `${i.cleaningId}@${i.day}`)).toEqual([
      'C@2026-12-01',
      'A@2026-11-30',
      'A@2026-12-01',
      'B@2026-12-01',
    ]);
  });

  it('names the suspect reasons in Chinese', () => {
    expect(suspectLabelsOf(['duplicate', 'captureGap', 'similar'])).toEqual([
      '同一照片',
      '拍摄时间异常',
      '相似照片',
    ]);
    expect(suspectLabelsOf()).toEqual([]);
  });
});
