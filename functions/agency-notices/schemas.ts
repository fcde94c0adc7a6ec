import * as z from 'zod';
import { pageQuerySchema } from '#functions/platform/schemas/pagination';
import { districtIdSchema, recordIdSchema } from '#functions/platform/schemas/scope';

/** `city` = a notice of the city bureau (常州市应急管理局); else the issuing district. */
export const noticeIssuerSchema = z.union([districtIdSchema, z.literal('city')], {
  error: '发布单位须为辖市（区）编号或 city（市局）',
});

export const noticeStatusSchema = z.enum(['draft', 'published'], {
  error: '状态须为：草稿（draft）或已发布（published）',
});

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}须为文本` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 个字` });

/** A notice groups 1..100 deductions (the DOCX is built on the request: bounded). */
export const MAX_NOTICE_DEDUCTIONS = 100;

const noticeFields = {
  title: text('通报标题', 80),
  body: text('通报正文', 5000),
  deductionIds: z
    .array(recordIdSchema, { error: '请选择通报的扣分记录' })
    .min(1, { error: '请至少选择一条扣分记录' })
    .max(MAX_NOTICE_DEDUCTIONS, { error: `一份通报最多 ${MAX_NOTICE_DEDUCTIONS} 条扣分记录` })
    .refine((ids) => new Set(ids).size === ids.length, { error: '扣分记录不能重复选择' }),
};

/** A district admin's notice is always its district's; the city admin names the issuer (default: 市局). */
export const noticeCreateSchema = z.object({ ...noticeFields, districtId: noticeIssuerSchema.optional() });
export type NoticeCreate = z.infer<typeof noticeCreateSchema>;

/** Only a draft changes; the issuer stays. */
export const noticeUpdateSchema = z.object(noticeFields);
export type NoticeUpdate = z.infer<typeof noticeUpdateSchema>;

export const noticeDeductionSchema = z.object({
  deductionId: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  issuingDistrictId: z.string(),
  ruleCode: z.string(),
  ruleDescription: z.string(),
  points: z.number(),
  date: z.string(),
  reason: z.string(),
  revoked: z.boolean().meta({ description: '发布后被撤销的扣分（通报保留原文，标注已撤销）' }),
});

export const noticeSchema = z.object({
  id: z.string(),
  noticeId: z.string(),
  districtId: noticeIssuerSchema,
  districtName: z.string(),
  title: z.string(),
  body: z.string(),
  deductionIds: z.array(z.string()),
  agencyIds: z.array(z.string()).meta({ description: '所列扣分涉及的机构（去重）' }),
  status: noticeStatusSchema,
  publishedAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** On the detail only: the grouped deductions as they are now. */
  deductions: z.array(noticeDeductionSchema).optional(),
});
export type NoticeView = z.infer<typeof noticeSchema>;

export const noticeListQuerySchema = pageQuerySchema.extend({
  districtId: noticeIssuerSchema.optional(),
  status: noticeStatusSchema.optional(),
});
export type NoticeListQuery = z.infer<typeof noticeListQuerySchema>;

/** The DOCX as JSON (base64): every answer of the API stays JSON; the console saves it as a file. */
export const noticeDocxSchema = z.object({
  fileName: z.string(),
  contentType: z.literal('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
  size: z.number().int(),
  contentBase64: z.string(),
});
export type NoticeDocx = z.infer<typeof noticeDocxSchema>;

/** The public listing (公告名单): nothing personal — no contact, no reason text, no exact score. */
export const publicAgencySchema = z.object({
  agencyId: z.string(),
  name: z.string(),
  type: z.string(),
  typeLabel: z.string(),
  districtId: z.string(),
  districtName: z.string(),
  certificateExpiry: z.string(),
  scoreBand: z.enum(['excellent', 'good', 'qualified']),
  scoreBandLabel: z.string(),
});
export const publicNoticeSchema = z.object({
  noticeId: z.string(),
  title: z.string(),
  districtName: z.string(),
  publishedOn: z.string().meta({ description: '发布日期（北京时间）' }),
  deductions: z.array(
    z.object({
      deductionId: z.string(),
      agencyName: z.string(),
      ruleDescription: z.string(),
      points: z.number(),
    }),
  ),
});
export const publicListingSchema = z.object({
  today: z.string(),
  agencies: z.array(publicAgencySchema),
  notices: z.array(publicNoticeSchema),
});
export type PublicListing = z.infer<typeof publicListingSchema>;

export const statsQuerySchema = z.object({
  year: z.coerce
    .number({ error: '年份须为数字' })
    .int({ error: '年份须为整数' })
    .min(2020, { error: '年份不能早于 2020' })
    .max(2100, { error: '年份不能晚于 2100' }),
  quarter: z.coerce
    .number({ error: '季度须为 1–4' })
    .int({ error: '季度须为 1–4' })
    .min(1, { error: '季度须为 1–4' })
    .max(4, { error: '季度须为 1–4' }),
  districtId: districtIdSchema.optional(),
});
export type StatsQuery = z.infer<typeof statsQuerySchema>;

const figures = z.object({
  agencies: z.number().meta({ description: '被扣分机构数（去重）' }),
  deductions: z.number().meta({ description: '扣分家次' }),
  points: z.number().meta({ description: '扣分分值合计' }),
  notices: z.number().meta({ description: '发布专题通报数' }),
});
export const statsSchema = z.object({
  year: z.number(),
  quarter: z.number(),
  from: z.string(),
  to: z.string(),
  districts: z.array(
    figures.extend({
      districtId: z.string(),
      districtName: z.string(),
      difference: figures.meta({ description: '与全市区均值之差（正数 = 高于均值）' }),
      aboveAverage: z.object({ deductions: z.boolean(), points: z.boolean() }),
    }),
  ),
  city: figures.meta({ description: '全市合计（机构数为全市去重；通报含市局发布）' }),
  bureau: figures.meta({ description: '其中市局（发布单位 city）作出的扣分与发布的通报' }),
  average: figures.meta({ description: '全市区均值（7 个辖市（区））' }),
});
export type AgencyStats = z.infer<typeof statsSchema>;
