import { describe, expect, it } from 'vitest';
import { fitLines, labelCell, MM } from '#functions/labels/domain/layout';

/** Every character 10 units wide: a line of width 50 holds five. */
const measure = (text: string) => [...text].length * 10;

describe('label layout', () => {
  it('places 8 labels a page, left to right and top to bottom, inside 10 mm margins', () => {
    // Act
    const [first, second, third, ninth] = [0, 1, 2, 8].map(labelCell);

    // Assess
    expect(first).toMatchObject({ page: 0, x: 10 * MM, y: 10 * MM });
    expect(second?.x).toBeCloseTo(105 * MM);
    expect(third?.y).toBeCloseTo((10 + 277 / 4) * MM);
    expect(ninth).toMatchObject({ page: 1, x: 10 * MM, y: 10 * MM });
  });

  it('breaks Chinese text anywhere, ending the last allowed line with an ellipsis', () => {
    // Act
    const lines = fitLines('常州市武进区精密机械有限公司', measure, 50, 2);

    // Assess
    expect(lines).toEqual(['常州市武进', '区精密机…']);
  });

  it('never starts a line with a closing mark nor ends one with an opening mark', () => {
    // Act
    const closing = fitLines('除尘系统甲）', measure, 50, 3);
    const opening = fitLines('液氨制冷（2号）', measure, 50, 3);

    // Assess
    expect(closing).toEqual(['除尘系统', '甲）']);
    expect(opening).toEqual(['液氨制冷', '（2号）']);
  });
});
