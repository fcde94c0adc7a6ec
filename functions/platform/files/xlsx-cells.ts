/** A spreadsheet cell as the import reads it and the export writes it; empty cells are null. */
export type CellValue = string | number | boolean | null;

/** A row with its number as the spreadsheet shows it (1-based), so that error reports can point at it. */
export interface SheetRow {
  number: number;
  cells: CellValue[];
}

/** `A` → 0, `Z` → 25, `AA` → 26: the column part of a cell reference such as `AB12`. */
export function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/** 0 → `A`, 26 → `AA`. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}
