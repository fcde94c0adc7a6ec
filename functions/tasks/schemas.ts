import * as z from 'zod';
import { pageQuerySchema } from '#functions/platform/schemas/pagination';
import { districtIdSchema, recordIdSchema } from '#functions/platform/schemas/scope';
import {
  taskKinds,
  taskLevels,
  taskResultLabels,
  taskResults,
  taskStatuses,
} from '#functions/tasks/domain/kinds';

export const taskKindSchema = z.enum(taskKinds, { error: '任务类型须为粉尘清扫督促或粉尘清扫现场核查' });
export const taskLevelSchema = z.enum(taskLevels, { error: '层级须为镇（街道）或辖市（区）' });
export const taskStatusSchema = z.enum(taskStatuses, { error: '状态须为待办或已办结' });
export const taskResultSchema = z.enum(taskResults, {
  error: `请选择办理结果：${Object.values(taskResultLabels).join('、')}`,
});

const text = (what: string, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(max, { error: `${what}不能超过 ${max} 个字符` });

/** The assignee's completion: the result, what was done or found, and the photos the kind asks for. */
export const completeSchema = z.strictObject({
  result: taskResultSchema,
  note: text('办理情况', 1000),
  photoIds: z
    .array(recordIdSchema, { error: '照片须为编号列表' })
    .max(9, { error: '照片最多 9 张' })
    .refine((ids) => new Set(ids).size === ids.length, { error: '照片不能重复' })
    .default([]),
});
export type Completion = z.infer<typeof completeSchema>;

export const taskListQuerySchema = pageQuerySchema.extend({
  status: taskStatusSchema.optional(),
  kind: taskKindSchema.optional(),
  level: taskLevelSchema.optional(),
  districtId: districtIdSchema.optional(),
  townId: recordIdSchema.optional(),
  /** mine: assigned to my level (default for town and district); scope: everything in my scope (city default). */
  view: z.enum(['mine', 'scope'], { error: '视图须为 mine（我的待办）或 scope（辖区全部）' }).optional(),
});
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;
export type TaskFilter = Omit<TaskListQuery, 'limit' | 'cursor'>;

export const taskSchema = z.object({
  id: z.string(),
  kind: taskKindSchema,
  kindLabel: z.string(),
  title: z.string(),
  detail: z.string().optional(),
  level: taskLevelSchema,
  districtId: z.string(),
  townId: z.string().nullable(),
  enterpriseId: z.string(),
  enterpriseName: z.string().optional(),
  siteId: z.string().optional(),
  siteName: z.string().optional(),
  urgent: z.boolean(),
  dueAt: z.string().meta({ description: '办理期限' }),
  overdue: z.boolean().meta({ description: '待办且已过期限' }),
  status: taskStatusSchema,
  result: taskResultSchema.optional(),
  resultLabel: z.string().optional(),
  note: z.string().optional(),
  photoIds: z.array(z.string()),
  completedBy: z.string().optional(),
  completedByName: z.string().optional(),
  completedAt: z.string().optional(),
  /** Whether the caller may complete it (the assignee, while open): the console shows the form only then. */
  canComplete: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type Task = z.infer<typeof taskSchema>;

export const taskDetailSchema = taskSchema.extend({
  photos: z.array(
    z.object({
      photoId: z.string(),
      url: z.string(),
      capturedAt: z.string().optional(),
      suspect: z.string().optional(),
    }),
  ),
  /** The results this task's kind may be closed with, and how many photos it needs. */
  allowedResults: z.array(z.object({ value: taskResultSchema, label: z.string() })),
  minPhotos: z.number(),
});
export type TaskDetail = z.infer<typeof taskDetailSchema>;

export const taskCountsSchema = z.object({
  open: z.number().meta({ description: '我的待办任务数' }),
  overdue: z.number().meta({ description: '其中已超期' }),
});
