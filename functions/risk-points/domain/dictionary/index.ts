import type { SeedClass } from '#functions/risk-points/domain/dictionary/define';
import { dustConfinedAmmonia } from '#functions/risk-points/domain/dictionary/dust-confined-ammonia';
import { equipment } from '#functions/risk-points/domain/dictionary/equipment';
import { metalChemicals } from '#functions/risk-points/domain/dictionary/metal-chemicals';
import { operations } from '#functions/risk-points/domain/dictionary/operations';

export type { SeedClass };

/** The 80 classes the 风险报告管控辞典 starts with (the seed report's number), from the real 工贸 families. */
export const seedClasses: readonly SeedClass[] = [
  ...dustConfinedAmmonia,
  ...metalChemicals,
  ...equipment,
  ...operations,
];
