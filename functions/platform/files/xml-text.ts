/** XML text helpers for the spreadsheet reader and writer; only what SpreadsheetML uses, no DTDs. */
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes entities and SpreadsheetML's `_xHHHH_` escapes (used for control characters such as CR). */
export function decodeXmlText(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text; // most cells: nothing to decode
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (entity, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return NAMED_ENTITIES[name] ?? entity;
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_escape, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

const NEEDS_ESCAPE = /[&<>"]|[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Escapes text for an element or attribute; drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text; // most cells: nothing to change
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const attributePatterns = new Map<string, RegExp>();

/** The value of attribute `name` in a start tag's attribute text, decoded. */
export function xmlAttribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    // Built once per name: the reader asks for `r` and `t` of every cell.
    pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match?.[1] === undefined ? undefined : decodeXmlText(match[1]);
}

/** The concatenated text of every `<t>` in a string item or inline string, phonetic runs (`<rPh>`) left out. */
export function runText(xml: string): string {
  let text = '';
  const withoutPhonetics = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  for (const match of withoutPhonetics.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += match[1] ?? '';
  return decodeXmlText(text);
}
