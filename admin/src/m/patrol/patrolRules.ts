import type { Answer, HazardLevel } from '../api/types';

/** One item of the effective form, as GET /api/patrol-forms/current gives it. */
export interface PatrolItem {
  readonly itemId: string;
  readonly text: string;
  readonly origin: 'city' | 'district';
}

/** The form with the versions the patrol is answered against. */
export interface PatrolFormView {
  readonly cityVersion: number;
  readonly districtVersion: number;
  readonly formVersion: string;
  readonly items: readonly PatrolItem[];
}

/** A hazard the member records for a 不符合 item. */
export interface HazardDraft {
  readonly record: boolean;
  readonly description: string;
  readonly level: HazardLevel;
  /** 重大隐患 only: the article of 《工贸企业重大事故隐患判定标准》 (default 通用). */
  readonly majorCategory?: string;
}

/** A 不符合 item is recorded as a hazard unless the member unticks it: a failed item is a finding. */
export const defaultHazard: HazardDraft = { record: true, description: '', level: 'general' };

export interface PatrolDraft {
  readonly answers: Readonly<Record<string, Answer>>;
  readonly hazards: Readonly<Record<string, HazardDraft>>;
  readonly codeChecked: boolean;
}

/** What still stops the submit, in Chinese, first one first: every item answered, hazards described, 常安码 checked. */
export function patrolMissing(form: PatrolFormView, draft: PatrolDraft): string[] {
  const missing: string[] = [];
  const unanswered = form.items.filter((item) => !draft.answers[item.itemId]).length;
  if (unanswered > 0) missing.push(`还有 ${unanswered} 项检查未填写`);
  const undescribed = form.items.filter((item) => {
    const hazard = draft.hazards[item.itemId] ?? defaultHazard;
    return draft.answers[item.itemId] === 'fail' && hazard.record && !hazard.description.trim();
  }).length;
  if (undescribed > 0) missing.push(`请描述登记的 ${undescribed} 条隐患`);
  if (!draft.codeChecked) missing.push('请确认已检查企业常安码使用情况');
  return missing;
}

/**
 * The POST /api/patrols body without its photos (the outbox adds their ids): one answer per item, and a hazard
 * for each 不符合 item the member chose to record, tied to that item (the repeated-findings rule groups by it).
 */
export function patrolBody(form: PatrolFormView, draft: PatrolDraft, enterpriseId: string, clientId: string) {
  const hazards = form.items.flatMap((item) => {
    const hazard = draft.hazards[item.itemId] ?? defaultHazard;
    if (draft.answers[item.itemId] !== 'fail' || !hazard.record) return [];
    const major = hazard.level === 'major' ? { majorCategory: hazard.majorCategory ?? 'general' } : {};
    return [{ itemId: item.itemId, description: hazard.description.trim(), level: hazard.level, ...major }];
  });
  return {
    clientId,
    enterpriseId,
    cityVersion: form.cityVersion,
    districtVersion: form.districtVersion,
    answers: form.items.map((item) => ({ itemId: item.itemId, answer: draft.answers[item.itemId] ?? 'na' })),
    hazards,
    codeChecked: draft.codeChecked,
  };
}

/** One row of the due list: 从未巡查, 已到巡查周期 or the next due day. */
export function dueLabel(row: { due: boolean; lastPatrolDay?: string; dueDay?: string }): string {
  if (!row.lastPatrolDay) return '从未巡查';
  if (row.due) return `应巡查（上次 ${row.lastPatrolDay}）`;
  return `下次 ${row.dueDay ?? ''}`;
}
