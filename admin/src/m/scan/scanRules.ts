import type { Answer, ChecklistItem } from '../api/types';

export interface ScanDraft {
  readonly answers: Readonly<Record<string, Answer>>;
  readonly result: 'normal' | 'hazard' | null;
  readonly description: string;
  readonly photoCount: number;
}

export interface ScanCheck {
  /** 不符合 on any item is a hazard (the server opens one for it too), so 正常 is not offered then. */
  readonly result: 'normal' | 'hazard' | null;
  readonly photoRequired: boolean;
  /** What still stops the submit, in Chinese, first one first. */
  readonly missing: readonly string[];
}

/**
 * What the form lets through. A photo is required when the answered items ask for one (not for 不涉及) and for
 * every hazard (it is the evidence the supervisor reviews).
 */
export function checkScan(checklist: readonly ChecklistItem[], draft: ScanDraft): ScanCheck {
  const anyFail = checklist.some((item) => draft.answers[item.itemId] === 'fail');
  const result = anyFail ? 'hazard' : draft.result;
  const unanswered = checklist.filter((item) => !draft.answers[item.itemId]).length;
  const photoRequired =
    result === 'hazard' ||
    checklist.some((item) => item.photoRequired && (draft.answers[item.itemId] ?? 'na') !== 'na');
  const missing: string[] = [];
  if (unanswered > 0) missing.push(`还有 ${unanswered} 项检查未回答`);
  if (!result) missing.push('请选择检查结果：正常或发现隐患');
  if (result === 'hazard' && !draft.description.trim()) missing.push('请描述发现的隐患');
  if (photoRequired && draft.photoCount === 0) missing.push('请拍摄至少 1 张照片');
  return { result, photoRequired, missing };
}
