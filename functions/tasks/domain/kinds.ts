/**
 * The kinds of task and what closes each (the kind registry). A task is work the platform gives a level of the
 * organization; alerts and campaigns add their kinds here with their own results and evidence rule, and the
 * routes, the schemas and the console read this table instead of naming kinds.
 */

/** Every result a task can be closed with, over all kinds, with its label (the console shows these). */
export const taskResultLabels = {
  urged: '已督促企业上报',
  onSiteRectified: '现场核查-已整改',
  onSiteViolation: '现场核查-存在问题',
  onSiteClosed: '现场核查-已停产/关闭',
} as const;
export type TaskResult = keyof typeof taskResultLabels;
export const taskResults = Object.keys(taskResultLabels) as [TaskResult, ...TaskResult[]];

export interface KindRule {
  label: string;
  /** The results this kind may be closed with. */
  results: readonly TaskResult[];
  /** Verified photos (kind `task`, by the completer, of the subject enterprise) the completion must carry. */
  minPhotos: number;
}

const onSite = ['onSiteRectified', 'onSiteViolation', 'onSiteClosed'] as const;

export const taskKindRules = {
  /** 三天督促: the town officer urges the enterprise (DOMAIN.md, the dust ladder, k = 3). */
  dustUrge: { label: '粉尘清扫督促', results: ['urged', ...onSite], minPhotos: 0 },
  /** 七天核查: the district bureau verifies on site (k = 7); closes only with an on-site result and a photo. */
  dustVerify: { label: '粉尘清扫现场核查', results: onSite, minPhotos: 1 },
} as const satisfies Record<string, KindRule>;
export type TaskKind = keyof typeof taskKindRules;
export const taskKinds = Object.keys(taskKindRules) as [TaskKind, ...TaskKind[]];

export const taskLevels = ['town', 'district'] as const;
export type TaskLevel = (typeof taskLevels)[number];
export const taskLevelLabels: Record<TaskLevel, string> = { town: '镇（街道）', district: '辖市（区）' };

export const taskStatuses = ['open', 'done'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export interface CompletionIssue {
  path: 'body.result' | 'body.photoIds';
  message: string;
}

/** Why a completion does not satisfy its kind's rule (result allowed, enough photos), or [] when it does. */
export function completionIssues(
  kind: TaskKind,
  input: { result: TaskResult; photoIds: readonly string[] },
): CompletionIssue[] {
  const rule: KindRule = taskKindRules[kind];
  const issues: CompletionIssue[] = [];
  if (!rule.results.includes(input.result)) {
    const allowed = rule.results.map((result) => taskResultLabels[result]).join('、');
    issues.push({ path: 'body.result', message: `${rule.label}任务的办理结果须为：${allowed}` });
  }
  const photos = new Set(input.photoIds).size;
  if (photos < rule.minPhotos)
    issues.push({
      path: 'body.photoIds',
      message: `${rule.label}任务须上传至少 ${rule.minPhotos} 张现场照片`,
    });
  return issues;
}

/** Overdue: still open after its due instant (ISO strings compare as times). */
export const isOverdue = (task: { status: TaskStatus; dueAt: string }, now: Date) =>
  task.status === 'open' && task.dueAt < now.toISOString();
