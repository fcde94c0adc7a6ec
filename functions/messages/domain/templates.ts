import * as z from 'zod';

/** Every text starts with the signature the gateways register (ARCHITECTURE.md §8). */
export const SMS_SIGNATURE = '【常安码】';
/** A GSM-UCS2 SMS holds 70 characters; a longer text is sent in parts of 67 (3 go to the concatenation header). */
export const SINGLE_SEGMENT = 70;
export const MULTI_SEGMENT = 67;

const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();

interface TemplateSpec<S extends z.ZodRawShape> {
  /** What the console shows for the template. */
  label: string;
  params: z.ZodObject<S>;
  /** Urgent messages are sent during quiet hours too. */
  urgent: boolean;
  render: (params: z.output<z.ZodObject<S>>) => string;
}

const template = <S extends z.ZodRawShape>(spec: TemplateSpec<S>) => spec;

/** A town officer's escalation: how many points or hazards, at how many of the town's enterprises. */
const townEscalationParams = z.object({
  town: text(40),
  count: z.coerce.number().int().min(1).transform(String),
  enterprises: z.coerce.number().int().min(1).transform(String),
});

/**
 * The SMS templates, in code (a gateway registers each text; changing one is a deploy, not a setting). Urgent:
 * `test` (an operator checks the channel now) and `dustVerify` (the 7-day on-site check of a dust site that was
 * reminded and urged and still is not cleared is an enforcement step). Everything else waits for the morning.
 */
export const smsTemplates = {
  test: template({
    label: '测试短信',
    params: z.object({}),
    urgent: true,
    render: () => `${SMS_SIGNATURE}测试短信：短信通道工作正常，无需回复。`,
  }),
  dustRemind: template({
    label: '粉尘清扫一天提醒',
    params: z.object({ site: text(40), date: day }),
    urgent: false,
    render: (p) =>
      `${SMS_SIGNATURE}提醒：粉尘场所“${p.site}”${p.date}尚未完成清扫拍照上报，请今日内扫码上报。`,
  }),
  dustUrge: template({
    label: '粉尘清扫三天督促',
    params: z.object({ site: text(40), since: day }),
    urgent: false,
    render: (p) =>
      `${SMS_SIGNATURE}督促：贵单位粉尘场所“${p.site}”自${p.since}起已连续三天未完成清扫拍照上报，请立即清扫并上报，连续七天将安排现场核查。`,
  }),
  dustVerify: template({
    label: '粉尘清扫七天核查',
    params: z.object({ site: text(40), since: day }),
    urgent: true,
    render: (p) =>
      `${SMS_SIGNATURE}核查通知：贵单位粉尘场所“${p.site}”自${p.since}起已连续七天未完成清扫拍照上报，辖市（区）将安排现场核查，请做好配合。`,
  }),
  dustReupload: template({
    label: '粉尘清扫照片重新上传',
    params: z.object({ site: text(40), date: day, reason: text(60) }),
    urgent: false,
    render: (p) =>
      `${SMS_SIGNATURE}场所“${p.site}”${p.date}的粉尘清扫照片抽查未通过（${p.reason}），请扫码重新拍照上传。`,
  }),
  riskOverdue: template({
    label: '风险点逾期',
    params: z.object({ enterprise: text(60), count: z.coerce.number().int().min(1).transform(String) }),
    urgent: false,
    render: (p) =>
      `${SMS_SIGNATURE}${p.enterprise}有${p.count}个风险点检查已逾期，请尽快登录常安码完成检查。`,
  }),
  hazardDeadline: template({
    label: '隐患整改到期',
    params: z.object({ enterprise: text(60), hazard: text(40), deadline: day }),
    urgent: false,
    render: (p) =>
      `${SMS_SIGNATURE}${p.enterprise}的隐患“${p.hazard}”整改期限为${p.deadline}，请按期整改并上传整改材料。`,
  }),
  riskOverdueDigest: template({
    label: '风险点逾期日报',
    params: z.object({
      count: z.coerce.number().int().min(1).transform(String),
      worstLevel: z.enum(['重大风险', '较大风险', '一般风险', '低风险']),
    }),
    urgent: false,
    render: (p) =>
      `${SMS_SIGNATURE}您单位有${p.count}个风险点逾期未巡查（最高等级：${p.worstLevel}），请尽快扫码巡查。`,
  }),
  hazardOverdue: template({
    label: '隐患整改逾期',
    params: z.object({ enterprise: text(60), hazard: text(40), deadline: day }),
    urgent: false,
    render: (p) =>
      `${SMS_SIGNATURE}${p.enterprise}的隐患“${p.hazard}”已超过整改期限（${p.deadline}），请立即整改并上传整改材料。`,
  }),
  townRiskEscalation: template({
    label: '风险点逾期督办（镇街）',
    params: townEscalationParams,
    urgent: false,
    render: (p) =>
      `${SMS_SIGNATURE}${p.town}有${p.enterprises}家企业的${p.count}个重大、较大风险点逾期超过3天未巡查，请督促整改。`,
  }),
  townHazardEscalation: template({
    label: '隐患逾期督办（镇街）',
    params: townEscalationParams,
    urgent: false,
    render: (p) =>
      `${SMS_SIGNATURE}${p.town}有${p.enterprises}家企业的${p.count}条隐患超过整改期限7天仍未整改，请督促整改。`,
  }),
  campaignRemind: template({
    label: '专项行动提醒',
    params: z.object({ campaign: text(40), deadline: day }),
    urgent: false,
    render: (p) => `${SMS_SIGNATURE}请于${p.deadline}前完成“${p.campaign}”专项行动的自查填报。`,
  }),
  selfCheckInvite: template({
    label: '自查清单下发',
    params: z.object({ campaign: text(40), deadline: day, link: text(120) }),
    urgent: false,
    render: (p) =>
      `${SMS_SIGNATURE}请于${p.deadline}前完成“${p.campaign}”自查清单填报：登录常安码打开 ${p.link} 逐项填写。`,
  }),
  selfCheckRemind: template({
    label: '自查清单催报',
    params: z.object({ campaign: text(40), deadline: day, link: text(120) }),
    urgent: false,
    render: (p) =>
      `${SMS_SIGNATURE}提醒：“${p.campaign}”自查清单将于${p.deadline}截止，贵单位尚未填报，请登录常安码打开 ${p.link} 填写。`,
  }),
} as const;

export type SmsTemplateCode = keyof typeof smsTemplates;
export const smsTemplateCodes = Object.keys(smsTemplates) as SmsTemplateCode[];

export interface RenderedSms {
  template: SmsTemplateCode;
  params: Record<string, string>;
  text: string;
  segments: number;
  urgent: boolean;
}

/** Characters, not bytes or UTF-16 units: what the handset counts. */
export function segmentCount(message: string): number {
  const length = [...message].length;
  if (length <= SINGLE_SEGMENT) return 1;
  return Math.ceil(length / MULTI_SEGMENT);
}

export function isSmsTemplate(code: string): code is SmsTemplateCode {
  return Object.hasOwn(smsTemplates, code);
}

/** Validates the params (throws a ZodError naming them) and renders the text. */
export function renderSms(code: SmsTemplateCode, params: Record<string, unknown>): RenderedSms {
  const spec = smsTemplates[code] as TemplateSpec<z.ZodRawShape>;
  const parsed = spec.params.parse(params) as Record<string, unknown>;
  const text = spec.render(parsed as never);
  const stored = Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, String(value)]));
  return { template: code, params: stored, text, segments: segmentCount(text), urgent: spec.urgent };
}
