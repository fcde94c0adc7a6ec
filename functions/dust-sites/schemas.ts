import * as z from 'zod';
import { dustTypes } from '#functions/dust-sites/domain/dust-types';
import { TOKEN_PATTERN } from '#functions/platform/code-token';
import { pageQuerySchema } from '#functions/platform/schemas/pagination';
import { mobileSchema } from '#functions/platform/schemas/people';
import { districtIdSchema, queryTextSchema, recordIdSchema } from '#functions/platform/schemas/scope';

export const siteStatusSchema = z.enum(['active', 'retired'], {
  error: '状态须为：在用（active）或停用（retired）',
});
export const dustTypeSchema = z.enum(dustTypes, { error: `粉尘种类须为：${dustTypes.join('、')}之一` });

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}须为文本` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 个字` });

const siteFields = {
  name: text('场所名称', 60),
  location: text('车间/位置', 100),
  dustType: dustTypeSchema,
  contactPhone: mobileSchema,
};

export const dustSiteCreateSchema = z.object({ enterpriseId: recordIdSchema, ...siteFields });
export type DustSiteCreate = z.infer<typeof dustSiteCreateSchema>;

/** The enterprise and the code are not edited (a move is a new site; the code has its own route). */
export const dustSiteUpdateSchema = z.object({ ...siteFields, status: siteStatusSchema.default('active') });
export type DustSiteUpdate = z.infer<typeof dustSiteUpdateSchema>;

export const dustSiteSchema = z.object({
  id: z.string(),
  siteId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  districtId: z.string(),
  townId: z.string(),
  gridId: z.string().optional(),
  name: z.string(),
  location: z.string(),
  dustType: z.string(),
  contactPhone: z.string().meta({ description: '粉尘清扫联系人手机（列表中打码，管理者详情中完整）' }),
  status: siteStatusSchema,
  token: z.string().meta({ description: '场所码令牌；二维码内容为 <控制台地址>/m/d/<token>' }),
  codeIssuedAt: z.string(),
  lastSatisfiedDay: z.string().optional().meta({ description: '最近一个已完成清扫上报的日期（北京时间）' }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DustSiteView = z.infer<typeof dustSiteSchema>;

export const dustSiteListQuerySchema = pageQuerySchema.extend({
  districtId: districtIdSchema.optional(),
  townId: recordIdSchema.optional(),
  enterpriseId: recordIdSchema.optional(),
  /** Absent = active sites. */
  status: siteStatusSchema.optional(),
  q: queryTextSchema(60).optional(),
});
export type DustSiteListQuery = z.infer<typeof dustSiteListQuerySchema>;

/** `/m/d/<token>`: the code read from the site's QR (the same 22-character tokens as risk points). */
export const dustCodeParamsSchema = z.object({
  token: z.string().regex(TOKEN_PATTERN, { error: '场所码无效：请扫描粉尘场所张贴的二维码' }),
});

/** What the phone page shows after a scan of a site's code: the site, and how many uploads today counts. */
export const dustSiteCardSchema = z.object({
  siteId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  name: z.string(),
  location: z.string(),
  dustType: z.string(),
  status: siteStatusSchema,
  today: z.object({
    day: z.string().meta({ description: '今天（北京时间，YYYY-MM-DD）' }),
    uploaded: z.number().int().meta({ description: '今天已上报且未被驳回的清扫记录数' }),
  }),
});
export type DustSiteCard = z.infer<typeof dustSiteCardSchema>;
