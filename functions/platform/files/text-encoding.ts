export type TextEncodingName = 'utf-8' | 'gbk';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes a CSV file's bytes. Excel on Chinese Windows saves CSV as GBK, other tools as UTF-8 (often with a
 * BOM). Valid UTF-8 is read as UTF-8; bytes that are not valid UTF-8 are read as GBK, whose double-byte
 * sequences are almost never valid UTF-8, so the guess is safe for Chinese text.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const hasBom = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  const body = hasBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body),
      encoding: 'utf-8',
    };
  } catch {
    return { text: new TextDecoder('gbk').decode(body), encoding: 'gbk' };
  }
}
