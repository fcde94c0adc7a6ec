import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthCloud } from '#tests/infra/synth';

type Resource = { Properties: Record<string, unknown>; DependsOn?: string | string[] };

let template: Template;

beforeAll(() => {
  const cloud = synthCloud();
  ({ template } = cloud);
  return cloud.cleanUp;
});

describe('the public agency list in the cloud stack', () => {
  it('is throttled on its own route key, below the stage, after the route exists', () => {
    // Prepare
    const [stage] = Object.values(template.findResources('AWS::ApiGatewayV2::Stage')) as Resource[];
    const routes = Object.entries(template.findResources('AWS::ApiGatewayV2::Route')) as [string, Resource][];
    const [routeId, route] =
      routes.find(([, r]) => r.Properties.RouteKey === 'GET /api/public/agencies') ?? [];
    const settings = stage?.Properties.RouteSettings as Record<string, unknown> | undefined;
    const stageDefault = stage?.Properties.DefaultRouteSettings as { ThrottlingRateLimit: number };

    // Assess
    expect(route?.Properties.AuthorizationType ?? 'NONE').toBe('NONE');
    expect(settings?.['GET /api/public/agencies']).toEqual({
      ThrottlingRateLimit: 20,
      ThrottlingBurstLimit: 40,
    });
    expect(stageDefault.ThrottlingRateLimit).toBeGreaterThan(20);
    expect([stage?.DependsOn ?? []].flat()).toContain(routeId);
  });
});
