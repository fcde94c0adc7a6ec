import { type CellValue, columnName } from '#functions/platform/files/xlsx-cells';
import { escapeXml } from '#functions/platform/files/xml-text';

/** A drop-down list on a range of cells (an XLSX data validation of type `list`). */
export interface ListValidation {
  /** The cells it applies to, e.g. `C2:C50001`. */
  readonly range: string;
  /** The list as a formula: `"是,否"`, `'选项'!$A$2:$A$8` or `INDIRECT(...)`. */
  readonly list: string;
  /** `stop` refuses anything else, `warning` lets the user keep it after a warning. @default 'stop' */
  readonly errorStyle?: 'stop' | 'warning';
  /** Shown when a value is not in the list. */
  readonly error?: string;
}

/** How a row is drawn: bold (a header), muted (grey italic: an example) or plain. */
export type RowStyle = 'bold' | 'muted' | 'plain';

/** One worksheet's layout; its rows are given separately, so that they can be streamed. */
export interface SheetLayout {
  readonly name: string;
  /** Column widths in characters, from column A. @default none */
  readonly columnWidths?: readonly number[];
  /** The first row is bold and frozen. @default true */
  readonly header?: boolean;
  /** The style of the 0-based row `index` (after the header). @default plain */
  readonly rowStyle?: (index: number) => RowStyle;
  /** Long text wraps in every cell. @default false */
  readonly wrap?: boolean;
  /** Hidden from the tabs (lists that drop-downs read). @default false */
  readonly hidden?: boolean;
  readonly validations?: readonly ListValidation[];
}

/** A workbook-wide name for a range, e.g. `镇街_武进区` → `'选项'!$B$2:$B$9`, for `INDIRECT` in a list. */
export interface DefinedName {
  readonly name: string;
  readonly ref: string;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_TYPE}"/>`,
  ).join('');
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
}

export const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** Sheet i is `rId<i+1>`; the styles come after them. */
export function workbookRelsXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets}<Relationship Id="rId${sheetCount + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
}

/** Cell formats: 0 plain, 1 bold, 2 muted (grey italic), 3 wrapped, 4 bold wrapped, 5 muted wrapped. */
export const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="3"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font><font><i/><sz val="11"/><color rgb="FF808080"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="6"><xf/><xf fontId="1" applyFont="1"/><xf fontId="2" applyFont="1"/><xf applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf fontId="1" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf fontId="2" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs></styleSheet>`;

export function workbookXml(sheets: readonly SheetLayout[], names: readonly DefinedName[] = []): string {
  const tabs = sheets
    .map(
      (sheet, i) =>
        `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  const defined = names.length
    ? `<definedNames>${names.map((n) => `<definedName name="${escapeXml(n.name)}">${escapeXml(n.ref)}</definedName>`).join('')}</definedNames>`
    : '';
  return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${tabs}</sheets>${defined}</workbook>`;
}

/**
 * Text a spreadsheet program could take for a formula (OWASP "CSV injection"): it starts with `=`, `+`, `-`, `@`,
 * a tab or a CR. Such text is written with a leading `'`, as a string cell, so it is shown, never evaluated —
 * also after a user edits the cell or saves the file as CSV. Phones and credit codes start with a digit or letter.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cellXml(value: CellValue, reference: string, style: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number') return `<c r="${reference}"${style}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${reference}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${reference}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(neutraliseFormula(value))}</t></is></c>`;
}

const styleIds: Record<RowStyle, number> = { plain: 0, bold: 1, muted: 2 };

/** Row `r` (0-based, the header included) of a sheet. */
export function rowXml(layout: SheetLayout, cells: readonly CellValue[], r: number): string {
  const header = layout.header !== false;
  const kind: RowStyle = header && r === 0 ? 'bold' : (layout.rowStyle?.(header ? r - 1 : r) ?? 'plain');
  const id = styleIds[kind] + (layout.wrap ? 3 : 0);
  const style = id === 0 ? '' : ` s="${id}"`;
  return `<row r="${r + 1}">${cells.map((value, c) => cellXml(value, `${columnName(c)}${r + 1}`, style)).join('')}</row>`;
}

export function sheetHeadXml(layout: SheetLayout): string {
  const parts = [`${XML_HEAD}<worksheet xmlns="${MAIN_NS}">`];
  if (layout.header !== false)
    parts.push(
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    );
  const widths = layout.columnWidths ?? [];
  if (widths.length > 0)
    parts.push(
      `<cols>${widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`,
    );
  parts.push('<sheetData>');
  return parts.join('');
}

/** What follows the rows: the drop-down lists (their place in the schema is right after `sheetData`). */
export function sheetTailXml(layout: SheetLayout): string {
  const validations = layout.validations ?? [];
  const lists = validations.map(
    (v) =>
      `<dataValidation type="list" errorStyle="${v.errorStyle ?? 'stop'}" allowBlank="1" showInputMessage="1" showErrorMessage="1"${v.error ? ` errorTitle="请从列表中选择" error="${escapeXml(v.error)}"` : ''} sqref="${v.range}"><formula1>${escapeXml(v.list)}</formula1></dataValidation>`,
  );
  const block = lists.length
    ? `<dataValidations count="${lists.length}">${lists.join('')}</dataValidations>`
    : '';
  return `</sheetData>${block}</worksheet>`;
}
