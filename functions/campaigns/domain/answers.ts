import type { SubmissionCreate } from '#functions/campaigns/schemas';
import type { FieldError } from '#functions/platform/schemas/common';

/** Why a submission does not answer the campaign's items (each exactly once), or [] when it does. */
export function answerIssues(itemIds: readonly string[], submission: SubmissionCreate): FieldError[] {
  const known = new Set(itemIds);
  const issues: FieldError[] = [];
  submission.answers.forEach((answer, index) => {
    if (!known.has(answer.itemId))
      issues.push({
        path: `body.answers.${index}.itemId`,
        code: 'unknown_item',
        message: '该检查项不在本清单中，请刷新页面后重新填写',
      });
  });
  const answered = new Set(submission.answers.map((answer) => answer.itemId));
  const missing = itemIds.filter((id) => !answered.has(id));
  if (missing.length > 0)
    issues.push({
      path: 'body.answers',
      code: 'missing_items',
      message: `还有 ${missing.length} 项未填写，请逐项选择符合、不符合或不涉及`,
    });
  return issues;
}

/** Two submissions say the same (a phone's retry): same items, results, notes and photos. */
type Answer = { itemId: string; result: string; note?: string; photoIds?: string[] };

export function sameAnswers(stored: readonly Answer[], asked: readonly Answer[]): boolean {
  const key = (answers: readonly Answer[]) =>
    JSON.stringify(
      [...answers]
        .map((a) => [a.itemId, a.result, a.note ?? '', [...(a.photoIds ?? [])].sort()])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
  return key(stored) === key(asked);
}
