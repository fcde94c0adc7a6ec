import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '#functions/manifest';
import type { ChanganStack } from '#infra/stack';
import { synthCloud } from '#tests/infra/synth';

/** CloudFormation's own limits per template (a stack refused at deploy time is a broken release). */
const MAX_RESOURCES = 500;
const MAX_PARAMETERS = 200;
/** Room kept for the capabilities still to come: fail here long before AWS would. */
const HEADROOM = 0.8;

let stack: ChanganStack;

beforeAll(() => {
  const cloud = synthCloud();
  ({ stack } = cloud);
  return cloud.cleanUp;
});

const sizeOf = (template: Template) => {
  const json = template.toJSON() as { Resources?: object; Parameters?: object };
  return {
    resources: Object.keys(json.Resources ?? {}).length,
    parameters: Object.keys(json.Parameters ?? {}).length,
  };
};

describe('the city stack within CloudFormation limits', () => {
  it('holds the routes in a nested stack and keeps each template under 80% of the resource and parameter limits', () => {
    // Prepare
    const main = sizeOf(Template.fromStack(stack));
    const nested = sizeOf(Template.fromStack(stack.api.routes));
    const routeCount = Template.fromStack(stack.api.routes).findResources('AWS::ApiGatewayV2::Route');

    // Assess
    expect(Object.keys(routeCount)).toHaveLength(routes.length);
    for (const size of [main, nested]) {
      expect(size.resources).toBeLessThanOrEqual(MAX_RESOURCES * HEADROOM);
      expect(size.parameters).toBeLessThanOrEqual(MAX_PARAMETERS * HEADROOM);
    }
  });
});
