import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { NoticeView } from '#functions/agency-notices/schemas';

type Row = NonNullable<NoticeView['deductions']>[number];

const headers = ['序号', '机构名称', '考评细则', '扣分', '扣分日期', '扣分事由'];
const widths = [6, 22, 26, 8, 14, 24];

const cell = (text: string, width: number, bold = false) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
  });

const rowOf = (deduction: Row, index: number) =>
  new TableRow({
    children: [
      String(index + 1),
      deduction.agencyName,
      `${deduction.ruleCode} ${deduction.ruleDescription}`,
      deduction.revoked ? `${deduction.points}（已撤销）` : String(deduction.points),
      deduction.date,
      deduction.reason,
    ].map((text, column) => cell(text, widths[column] ?? 10)),
  });

/**
 * The notice as a Word document: title, issuer and date, the body (one paragraph a line) and the table of its
 * deductions. Built on the request: a notice holds at most 100 deductions (≈ 20 KB).
 */
export async function noticeDocx(notice: NoticeView, dateLabel: string): Promise<Buffer> {
  const deductions = notice.deductions ?? [];
  const document = new Document({
    creator: notice.districtName,
    title: notice.title,
    sections: [
      {
        children: [
          new Paragraph({ text: notice.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: `${notice.districtName}　${dateLabel}` })],
          }),
          ...notice.body.split(/\r?\n/).map((line) => new Paragraph({ text: line })),
          new Paragraph({
            text: `附：通报扣分情况（共 ${deductions.length} 家次）`,
            heading: HeadingLevel.HEADING_2,
          }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({
                tableHeader: true,
                children: headers.map((text, column) => cell(text, widths[column] ?? 10, true)),
              }),
              ...deductions.map(rowOf),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' as const;
