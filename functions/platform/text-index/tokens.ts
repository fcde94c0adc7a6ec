/**
 * The name index's words (pure): what a text is found by and how a search is looked up. A text is found by its
 * characters (one-character searches) and its pairs of adjacent characters (character bigrams: Chinese has no
 * spaces to split words at); a longer search is the records under one of its pairs whose text contains it.
 */

// Whitespace of any width (`\s` covers U+3000) and the zero-width characters that pasted text carries.
const BLANKS = /[\s\u200b-\u200d\u2060\ufeff]/gu;

/** Text as the index and its searches compare it: NFKC (full-width letters and digits as ASCII), lower case, no blanks. */
export function searchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(BLANKS, '');
}

/** Every pair of adjacent characters of a key (code points, so no pair splits a character), once each. */
export function pairsOf(key: string): string[] {
  const chars = Array.from(key);
  return [...new Set(chars.slice(1).map((char, i) => `${chars[i]}${char}`))];
}

/** The tokens a key is indexed under: its pairs, and its characters unless `characters` is false. */
export function tokensOf(key: string, { characters = true } = {}): string[] {
  return [...new Set([...(characters ? Array.from(key) : []), ...pairsOf(key)])];
}

/** The most pairs a search looks at: enough to find an absent one, few enough to probe in one round. */
export const MAX_QUERY_TOKENS = 8;

export interface TokenQuery {
  /** The search as `searchKey` makes it. */
  key: string;
  /** The tokens to look it up by; the first one is read, the others only probed for absence. */
  tokens: string[];
  /** The first token alone answers it (a search of one or two characters): nothing left to filter. */
  exact: boolean;
}

/**
 * How a search is looked up, or null when it has no character left. One or two characters are one token. A
 * longer search reads the records under one of its pairs and filters them on the whole text: the pair read is
 * the one least made of `common` characters (those of most names, such as 有限公司's), the later one on a tie —
 * the distinctive part of an enterprise name (its 字号) comes after the place and before the legal form. The
 * choice depends on the search alone, so every page of it reads the same pair.
 */
export function tokenQuery(q: string, common = ''): TokenQuery | null {
  const key = searchKey(q);
  const chars = Array.from(key);
  if (chars.length === 0) return null;
  if (chars.length <= 2) return { key, tokens: [key], exact: true };
  const score = (pair: string) => Array.from(pair).filter((char) => common.includes(char)).length;
  const pairs = pairsOf(key)
    .map((pair, position) => ({ pair, position, score: score(pair) }))
    .sort((a, b) => a.score - b.score || b.position - a.position)
    .slice(0, MAX_QUERY_TOKENS);
  return { key, tokens: pairs.map(({ pair }) => pair), exact: false };
}
