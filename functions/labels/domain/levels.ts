import type { RiskLevel } from '#functions/risk-points/index';

/**
 * The four-colour risk scheme (安全风险分级管控: 红橙黄蓝) as a label prints it: the bar colour, the level's name
 * and a text colour readable on it (black on yellow, white on the darker three).
 */
export const levelStyles: Readonly<Record<RiskLevel, { name: string; bar: string; text: string }>> = {
  red: { name: '重大风险', bar: '#D7261E', text: '#FFFFFF' },
  orange: { name: '较大风险', bar: '#F07C12', text: '#FFFFFF' },
  yellow: { name: '一般风险', bar: '#F9D21C', text: '#000000' },
  blue: { name: '低风险', bar: '#1F5FBF', text: '#FFFFFF' },
};

export const riskLevelCodes = ['red', 'orange', 'yellow', 'blue'] as const satisfies readonly RiskLevel[];
