/** What other capabilities may use of risk-points (风险辞典与风险点（常安码）). */
export {};
