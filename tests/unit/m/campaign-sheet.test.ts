import { describe, expect, it } from 'vitest';
import { failCount, missingCount, resultOptions, sheetBody } from '../../../admin/src/m/campaign/sheet';
import { parseRoute } from '../../../admin/src/m/router';

describe('the phone’s self-check sheet', () => {
  it('opens /m/c/<campaignId>, and nothing for a mangled id', () => {
    expect(parseRoute('/m/c/01J0ABCDEF0123456789ABCDEF', '')).toEqual({
      name: 'campaign',
      id: '01J0ABCDEF0123456789ABCDEF',
    });
    expect(parseRoute('/m/c/bad%20id', '')).toEqual({ name: 'missing' });
    expect(parseRoute('/m/c', '')).toEqual({ name: 'missing' });
  });

  it('offers 符合 / 不符合 / 不涉及 and counts what is left and what failed', () => {
    expect(resultOptions.map((option) => option.label)).toEqual(['符合', '不符合', '不涉及']);
    const choices = { 'item-1': 'pass', 'item-3': 'fail' } as const;
    expect(missingCount(['item-1', 'item-2', 'item-3'], choices)).toBe(1);
    expect(failCount(choices)).toBe(1);
  });

  it('sends every item in order, a note only where one was written', () => {
    // Act
    const body = sheetBody(
      ['item-1', 'item-2'],
      { 'item-1': 'fail', 'item-2': 'na' },
      { 'item-1': '  灭火器过期 ', 'item-2': '   ' },
    );

    // Assess
    expect(body).toEqual({
      answers: [
        { itemId: 'item-1', result: 'fail', note: '灭火器过期' },
        { itemId: 'item-2', result: 'na' },
      ],
    });
  });
});
