import { describe, expect, it } from 'vitest';
import { filteredReadSize } from '#functions/platform/pager';
import { pairsOf, searchKey, tokenQuery, tokensOf } from '#functions/platform/text-index/tokens';

describe('the name index words', () => {
  it('compares texts without blanks, in lower case, full-width letters and digits as ASCII', () => {
    expect(searchKey(' ＡＢＣ　科技\u200b 有限公司 ')).toBe('abc科技有限公司');
    expect(searchKey('Ｗｕｊｉｎ.Town01')).toBe('wujin.town01');
  });

  it('indexes each character and each pair of adjacent characters once, whole characters only', () => {
    expect(tokensOf('恒泰恒泰')).toEqual(['恒', '泰', '恒泰', '泰恒']);
    expect(pairsOf('a𠀀b')).toEqual(['a𠀀', '𠀀b']);
    expect(tokensOf('ab', { characters: false })).toEqual(['ab']);
  });

  it('looks one or two characters up as one exact token, longer ones by their most distinctive pair first', () => {
    expect(tokenQuery('恒')).toEqual({ key: '恒', tokens: ['恒'], exact: true });
    expect(tokenQuery(' 恒泰 ')).toEqual({ key: '恒泰', tokens: ['恒泰'], exact: true });
    expect(tokenQuery('恒泰机械', '机械')).toEqual({
      key: '恒泰机械',
      tokens: ['恒泰', '泰机', '机械'],
      exact: false,
    });
    expect(tokenQuery('演示恒泰')?.tokens).toEqual(['恒泰', '示恒', '演示']);
    expect(tokenQuery('   ')).toBeNull();
    expect(tokenQuery('一二三四五六七八九十甲乙')?.tokens).toHaveLength(8);
  });
});

describe('the size of a filtered read', () => {
  it('starts at twice the page and grows with what the filter drops, between the page and 500', () => {
    expect(filteredReadSize(25, 0, 0)).toBe(50);
    expect(filteredReadSize(20, 50, 45)).toBe(28);
    expect(filteredReadSize(25, 50, 0)).toBe(500);
    expect(filteredReadSize(1000, 0, 0)).toBe(1000);
  });
});
