import type { CheckResult } from '#functions/campaigns/schemas';

export const resultOptions: readonly { value: CheckResult; label: string }[] = [
  { value: 'pass', label: '符合' },
  { value: 'fail', label: '不符合' },
  { value: 'na', label: '不涉及' },
];

export type Choices = Readonly<Record<string, CheckResult | undefined>>;
export type Notes = Readonly<Record<string, string | undefined>>;

/** How many items are still without an answer (the submit waits for all). */
export const missingCount = (itemIds: readonly string[], choices: Choices) =>
  itemIds.filter((id) => !choices[id]).length;

/** The answer sheet as POST /api/campaigns/{id}/answers takes it: a note only where one was written. */
export function sheetBody(itemIds: readonly string[], choices: Choices, notes: Notes) {
  return {
    answers: itemIds.map((itemId) => {
      const note = notes[itemId]?.trim();
      return { itemId, result: choices[itemId] as CheckResult, ...(note ? { note } : {}) };
    }),
  };
}

/** 不符合 items: each becomes a hazard (隐患) the enterprise then rectifies. */
export const failCount = (choices: Choices) => Object.values(choices).filter((c) => c === 'fail').length;
