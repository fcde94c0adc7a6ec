/** The values an enterprise's industry, status and flags take (the seed report's 工贸 industries). */
export const industries = ['冶金', '有色', '建材', '机械', '轻工', '纺织', '烟草', '商贸'] as const;
export const enterpriseStatuses = ['正常生产', '停产', '关闭'] as const;
/** 涉爆粉尘, 非煤矿山, 重点上市后备 */
export const enterpriseFlags = ['dust', 'nonCoalMine', 'listingReserve'] as const;
