import type { EffectiveItem } from '#functions/patrols/domain/forms';
import type { FieldError } from '#functions/platform/schemas/common';

type Answer = { itemId: string; answer: 'pass' | 'fail' | 'na'; note?: string | undefined };
type HazardInput = {
  itemId?: string | undefined;
  level: 'general' | 'major';
  majorCategory?: string | undefined;
};

/**
 * What is wrong with a patrol's answers against the form it was answered on: every item exactly once, no
 * item the form does not have, and a hazard tied to an item only if that item was answered 不符合.
 * Pure: the store reports the errors as a 400 before anything is written.
 */
export function answerErrors(
  items: readonly EffectiveItem[],
  answers: readonly Answer[],
  hazards: readonly HazardInput[],
) {
  const errors: FieldError[] = [];
  const known = new Set(items.map(({ itemId }) => itemId));
  const seen = new Set<string>();
  answers.forEach(({ itemId }, index) => {
    if (!known.has(itemId))
      errors.push({
        path: `body.answers.${index}.itemId`,
        message: `检查项 ${itemId} 不在该版本巡查表中，请刷新后重填`,
        code: 'ITEM_UNKNOWN',
      });
    else if (seen.has(itemId))
      errors.push({
        path: `body.answers.${index}.itemId`,
        message: `检查项 ${itemId} 重复填写`,
        code: 'ITEM_REPEATED',
      });
    seen.add(itemId);
  });
  const missing = items.filter(({ itemId }) => !seen.has(itemId));
  if (missing.length > 0)
    errors.push({
      path: 'body.answers',
      message: `还有 ${missing.length} 项未填写检查结果（符合、不符合或不涉及），请逐项填写`,
      code: 'ITEM_MISSING',
    });
  const failed = new Set(answers.filter(({ answer }) => answer === 'fail').map(({ itemId }) => itemId));
  hazards.forEach(({ itemId }, index) => {
    if (itemId && !failed.has(itemId))
      errors.push({
        path: `body.hazards.${index}.itemId`,
        message: '隐患所属检查项须为本次判定"不符合"的项目',
        code: 'HAZARD_ITEM_NOT_FAILED',
      });
  });
  return errors;
}

/** The category of a hazard tied to no form item and no major category: it groups nothing (no repeat). */
export const UNCATEGORISED_HAZARD = 'other';

/** The category a patrol hazard is grouped by for repeated findings: its form item, else its major category. */
export const hazardCategoryOf = (hazard: HazardInput) =>
  hazard.itemId ?? hazard.majorCategory ?? UNCATEGORISED_HAZARD;

/** The item ids answered 不符合, in form order. */
export const failedItemIdsOf = (items: readonly EffectiveItem[], answers: readonly Answer[]) => {
  const failed = new Set(answers.filter(({ answer }) => answer === 'fail').map(({ itemId }) => itemId));
  return items.filter(({ itemId }) => failed.has(itemId)).map(({ itemId }) => itemId);
};
