import { describe, expect, it } from 'vitest';
import { parseCsv } from '#functions/platform/files/csv';
import { decodeText } from '#functions/platform/files/text-encoding';
import { encodeGbk } from '#tests/fixtures/gbk';

describe('the CSV parser', () => {
  it('splits records on CRLF, LF and CR alike', () => {
    // Act
    const records = parseCsv('a,b\r\nc,d\ne,f\rg,h');

    // Assess
    expect(records).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    // Act
    const records = parseCsv('名称,地址\r\n"常州""恒泰""有限公司","武进区湖塘镇, 长虹路\r\n88号"\r\n');

    // Assess
    expect(records).toEqual([
      ['名称', '地址'],
      ['常州"恒泰"有限公司', '武进区湖塘镇, 长虹路\r\n88号'],
    ]);
  });

  it('keeps empty fields and a trailing empty field, and ignores the final line break', () => {
    // Act
    const records = parseCsv('a,,c,\n,,,\n');

    // Assess
    expect(records).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
  });

  it('returns no records for an empty file', () => {
    expect(parseCsv('')).toEqual([]);
  });
});

describe('decoding a CSV file', () => {
  it('reads UTF-8 with a byte order mark and drops the mark', () => {
    // Prepare
    const bytes = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('统一社会信用代码,企业名称'),
    ]);

    // Act
    const decoded = decodeText(bytes);

    // Assess
    expect(decoded).toEqual({ text: '统一社会信用代码,企业名称', encoding: 'utf-8' });
  });

  it('reads UTF-8 without a byte order mark', () => {
    expect(decodeText(new TextEncoder().encode('溧阳市,天目湖镇'))).toEqual({
      text: '溧阳市,天目湖镇',
      encoding: 'utf-8',
    });
  });

  it('falls back to GBK when the bytes are not valid UTF-8, as Excel on Chinese Windows saves them', () => {
    // Prepare
    const bytes = encodeGbk('企业名称,辖市（区）\r\n常州恒泰钢铁有限公司,武进区\r\n');

    // Act
    const decoded = decodeText(bytes);

    // Assess
    expect(decoded.encoding).toBe('gbk');
    expect(parseCsv(decoded.text)).toEqual([
      ['企业名称', '辖市（区）'],
      ['常州恒泰钢铁有限公司', '武进区'],
    ]);
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('a,b')).encoding).toBe('utf-8');
  });
});
