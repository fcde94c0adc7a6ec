/** The three levels a zeroing check is made at (百日清零: 省级、市级、辖市（区）级检查). */
export const checkLevels = ['province', 'city', 'district'] as const;
export type CheckLevel = (typeof checkLevels)[number];

/** The levels' Chinese names, as the report and the console say them. */
export const checkLevelLabels: Record<CheckLevel, string> = {
  province: '省级',
  city: '市级',
  district: '辖市（区）级',
};

/** Who records a check, as the report's users work (docs/decisions.md, Issue 15 "百日清零", "Who records"). */
export interface Recorder {
  role: string;
  districtId?: string | undefined;
}

/**
 * Whether `recorder` may record a check at `level` of an enterprise in `districtId`:
 * - the city admin records every level (the province's check is entered by the city, which receives its list);
 * - a district admin records its own district's checks, of its own district's enterprises;
 * - nobody else records checks.
 * Answers the refusal to give: 'forbidden' (403, the level is not the caller's) or 'notFound' (404, the
 * enterprise lies outside the caller's district, so its listing does not leak), or null when allowed.
 */
export function checkRefusal(recorder: Recorder, level: CheckLevel, districtId: string) {
  if (recorder.role === 'cityAdmin') return null;
  if (recorder.role !== 'districtAdmin') return 'forbidden' as const;
  if (recorder.districtId !== districtId) return 'notFound' as const;
  return level === 'district' ? null : ('forbidden' as const);
}

/** The Chinese message of a level refusal: who records that level instead. */
export const levelRefusalMessage = (level: CheckLevel) =>
  level === 'district'
    ? '辖市（区）级检查由本辖市（区）应急管理局或市应急管理局录入'
    : `${checkLevelLabels[level]}检查结果由市应急管理局统一录入，辖市（区）账号只能录入辖市（区）级检查`;
