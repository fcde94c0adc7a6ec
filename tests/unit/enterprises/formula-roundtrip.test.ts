import { describe, expect, it } from 'vitest';
import { rowCells } from '#functions/enterprises/domain/header';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { writeXlsx } from '#functions/platform/files/xlsx-writer';

describe('an exported formula-like text imported again', () => {
  it('drops the quote the export added before = + - @, so the file round-trips', () => {
    // Prepare: what the export writes for a name and an address that begin like formulas.
    const [row] = readXlsx(writeXlsx([['=HYPERLINK("http://x","y")有限公司', '-3号', "'普通文本"]]));

    // Act
    const cells = rowCells(row?.cells ?? [], { name: 0, address: 1, principalName: 2 });

    // Assess
    expect(cells).toEqual({
      name: '=HYPERLINK("http://x","y")有限公司',
      address: '-3号',
      principalName: "'普通文本",
    });
  });
});
