import type { FieldError } from '#functions/platform/schemas/common';

/** What the scan rules need of a risk point's checklist (the risk-points contract's ChecklistItem). */
export interface ChecklistEntry {
  itemId: string;
  text: string;
  photoRequired: boolean;
}

export interface ScanAnswer {
  itemId: string;
  answer: 'pass' | 'fail' | 'na';
}

/** Every item of the point's checklist answered, and nothing else: field errors in Chinese, or none. */
export function answerErrors(
  checklist: readonly ChecklistEntry[],
  answers: readonly ScanAnswer[],
): FieldError[] {
  const known = new Set(checklist.map((item) => item.itemId));
  const errors: FieldError[] = answers.flatMap((answer, index) =>
    known.has(answer.itemId)
      ? []
      : [
          {
            path: `body.answers.${index}.itemId`,
            message: '该检查项不在此风险点的检查清单中，请刷新后重试',
            code: 'unknown_item',
          },
        ],
  );
  const answered = new Set(answers.map((answer) => answer.itemId));
  const missing = checklist.filter((item) => !answered.has(item.itemId));
  if (missing.length > 0)
    errors.push({
      path: 'body.answers',
      message: `请回答检查清单的全部项目，还缺 ${missing.length} 项：${missing.map((item) => item.text).join('；')}`,
      code: 'missing_answers',
    });
  return errors;
}

/** 不符合 on any item, or the result 发现隐患: the scan reports a hazard. */
export const reportsHazard = (answers: readonly ScanAnswer[], result: 'normal' | 'hazard') =>
  result === 'hazard' || answers.some((answer) => answer.answer === 'fail');

/**
 * Why the scan needs at least one photo, or undefined: a hazard always needs evidence, and so does an answered
 * (not 不涉及) checklist item marked photoRequired.
 */
export function photoReason(
  checklist: readonly ChecklistEntry[],
  answers: readonly ScanAnswer[],
  hazard: boolean,
): string | undefined {
  if (hazard) return '发现隐患时请拍摄至少 1 张现场照片';
  const required = new Set(checklist.filter((item) => item.photoRequired).map((item) => item.itemId));
  const item = answers.find((answer) => required.has(answer.itemId) && answer.answer !== 'na');
  if (!item) return undefined;
  const text = checklist.find((entry) => entry.itemId === item.itemId)?.text ?? '';
  return `检查项“${text}”要求拍照，请拍摄至少 1 张现场照片`;
}

/** The hazard's description when the phone gave none: the items answered 不符合. */
export function failedItemsDescription(
  checklist: readonly ChecklistEntry[],
  answers: readonly ScanAnswer[],
): string {
  const failed = new Set(answers.filter((answer) => answer.answer === 'fail').map((answer) => answer.itemId));
  const texts = checklist.filter((item) => failed.has(item.itemId)).map((item) => item.text);
  return `扫码自查不符合：${texts.join('；')}`.slice(0, 500);
}

/** Late: the scan arrived after the point was due (DOMAIN.md, overdue at T when T > nextDueAt). */
export const isLate = (scannedAt: Date, nextDueAt: string) => scannedAt.getTime() > Date.parse(nextDueAt);
