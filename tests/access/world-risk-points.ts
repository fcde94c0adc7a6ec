import type { LocalStack } from '#infra/local/stack';
import type { KnownRow, Targets } from './world';
import { post, uniqueName } from './world';

type Headers = Record<string, string>;

/** risk-points: a point of each target enterprise (and of the world's other enterprises), with its code token. */
export interface RiskPointWorld {
  riskClass: string;
  riskPoints: Targets;
  riskPointTokens: Targets;
  riskPointRows: KnownRow[];
}

export const validRiskPoint = (overrides: Record<string, unknown> = {}) => ({
  classId: 'rc-confined-01',
  name: uniqueName('污水池'),
  location: '厂区东南角',
  responsible: { name: '王建国', phone: '13812345678' },
  ...overrides,
});

export const validRiskClass = () => ({
  name: uniqueName('测试类别'),
  family: '机械',
  level: 'yellow',
  cycleDays: 30,
  controls: ['防护罩完好'],
  checklist: [{ text: '防护罩齐全', photoRequired: true }],
});

/** A point of `enterpriseId`, made by the city admin. */
export async function freshRiskPoint(stack: LocalStack, city: Headers, enterpriseId: string) {
  return (await post(stack, city, '/api/risk-points', validRiskPoint({ enterpriseId }))) as {
    id: string;
    token?: string;
  } & { id: string };
}

export async function riskPointsOf(
  stack: LocalStack,
  city: Headers,
  enterprises: Targets,
  more: KnownRow[],
): Promise<RiskPointWorld> {
  const riskClass = (await post(stack, city, '/api/risk-classes', validRiskClass())).id;
  const made = {} as Record<keyof Targets, { id: string; token: string }>;
  for (const ownership of ['own', 'sameDistrict', 'otherDistrict'] as const)
    made[ownership] = (await freshRiskPoint(stack, city, enterprises[ownership])) as {
      id: string;
      token: string;
    };
  const extra: KnownRow[] = [];
  for (const row of more) {
    const point = await freshRiskPoint(stack, city, row.id);
    extra.push({ id: point.id, place: row.place });
  }
  return {
    riskClass,
    riskPoints: {
      own: made.own.id,
      sameDistrict: made.sameDistrict.id,
      otherDistrict: made.otherDistrict.id,
    },
    riskPointTokens: {
      own: made.own.token,
      sameDistrict: made.sameDistrict.token,
      otherDistrict: made.otherDistrict.token,
    },
    riskPointRows: extra,
  };
}
