import * as z from 'zod';
import { districtIdSchema, recordIdSchema } from '#functions/platform/schemas/scope';
import { type TaskKind, type TaskLevel, taskKinds, taskLevels } from '#functions/tasks/domain/kinds';

/*
 * Not in schemas.ts: the jobs that create tasks bundle this (through index.ts → store/create.ts), and no other
 * capability's bundle may carry the tasks routes' schemas.
 */
const text = (what: string, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(max, { error: `${what}不能超过 ${max} 个字符` });

const taskKindSchema = z.enum(taskKinds, { error: '任务类型须为粉尘清扫督促或粉尘清扫现场核查' });
const taskLevelSchema = z.enum(taskLevels, { error: '层级须为镇（街道）或辖市（区）' });

/** What a job hands `createTask` (functions/tasks/index.ts); checked there, so a bad caller fails loudly. */
export const newTaskSchema = z
  .strictObject({
    taskKey: text('任务键', 200),
    kind: taskKindSchema,
    title: text('任务标题', 200),
    detail: text('任务说明', 2000).optional(),
    assignee: z.strictObject({
      level: taskLevelSchema,
      districtId: districtIdSchema,
      townId: recordIdSchema.optional(),
    }),
    subject: z.strictObject({
      enterpriseId: recordIdSchema,
      siteId: recordIdSchema.optional(),
      enterpriseName: text('企业名称', 200).optional(),
      siteName: text('场所名称', 200).optional(),
    }),
    dueAt: z.iso.datetime({ error: '期限须为 ISO 时间' }),
    urgent: z.boolean().optional(),
  })
  .superRefine((input, context) => {
    if (input.assignee.level === 'town' && !input.assignee.townId)
      context.addIssue({ code: 'custom', path: ['assignee', 'townId'], message: '镇级任务须指定镇（街道）' });
  });

/** The contract's shape (plain strings: callers hold ids as strings; the schema checks them at runtime). */
export interface NewTask {
  taskKey: string;
  kind: TaskKind;
  title: string;
  detail?: string | undefined;
  assignee: { level: TaskLevel; districtId: string; townId?: string | undefined };
  subject: {
    enterpriseId: string;
    siteId?: string | undefined;
    enterpriseName?: string | undefined;
    siteName?: string | undefined;
  };
  dueAt: string;
  urgent?: boolean | undefined;
}
