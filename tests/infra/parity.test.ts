import type { Template } from 'aws-cdk-lib/assertions';
import { ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { beforeAll, describe, expect, it } from 'vitest';
import { events, groups, jobs, routes } from '#functions/manifest';
import { routeKey } from '#functions/platform/manifest-types';
import { toSchedulerCron } from '#infra/constructs/cron';
import { localBindings } from '#infra/local/bindings';
import type { ChanganStack } from '#infra/stack';
import { logicalId, referencedId, synthCloud } from '#tests/infra/synth';

type Properties = Record<string, unknown>;

let template: Template;
let stack: ChanganStack;
const local = localBindings();

beforeAll(() => {
  const cloud = synthCloud();
  ({ template, stack } = cloud);
  return cloud.cleanUp;
});

const propertiesOf = (type: string) =>
  Object.values(template.findResources(type)).map(
    (resource) => (resource as { Properties: Properties }).Properties,
  );

const sorted = <T>(values: Iterable<T>) => [...values].sort();

describe('the cloud stack and the local stack expose exactly the manifest', () => {
  it('routes the same METHOD /path keys as the manifest and the local gateway', () => {
    // Prepare
    const manifestKeys = sorted(routes.map(routeKey));
    // Act
    const cloudKeys = sorted(
      propertiesOf('AWS::ApiGatewayV2::Route').map((route) => route.RouteKey as string),
    );
    // Assess
    expect(cloudKeys).toEqual(manifestKeys);
    expect(sorted(local.routes.map((route) => route.key))).toEqual(manifestKeys);
  });

  it('sends each route to the one function of its group', () => {
    // Prepare
    const integrations = template.findResources('AWS::ApiGatewayV2::Integration');
    const functionOfIntegration = (target: unknown) => {
      const integrationId = referencedId((target as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1][1]);
      const integration = integrations[integrationId ?? ''] as { Properties: Properties };
      return referencedId(integration.Properties.IntegrationUri);
    };
    // Act
    const functionByKey = new Map(
      propertiesOf('AWS::ApiGatewayV2::Route').map((route) => [
        route.RouteKey,
        functionOfIntegration(route.Target),
      ]),
    );
    // Assess
    for (const route of routes) {
      expect(functionByKey.get(routeKey(route))).toBe(logicalId(stack.api.functions[route.group].function));
    }
    expect(new Set(functionByKey.values()).size).toBe(Object.keys(groups).length);
    expect(sorted(Object.keys(stack.api.functions))).toEqual(sorted(local.groups));
  });

  it('schedules the same jobs, at the same times, as the manifest and the local scheduler', () => {
    // Prepare
    const prefix = `${stack.stackName}-`;
    const expected = sorted(jobs.map((job) => `${job.name} ${job.cron}`));
    const cronOf = new Map(jobs.map((job) => [job.name as string, job.cron as string]));
    // Act
    const cloud = propertiesOf('AWS::Scheduler::Schedule').map((schedule) => {
      const name = (schedule.Name as string).slice(prefix.length);
      const cron = cronOf.get(name) ?? '';
      expect(schedule.ScheduleExpression).toBe(
        ScheduleExpression.cron(toSchedulerCron(cron)).expressionString,
      );
      return `${name} ${cron}`;
    });
    // Assess
    expect(sorted(cloud)).toEqual(expected);
    expect(sorted(local.jobs.map((job) => `${job.name} ${job.cron}`))).toEqual(expected);
  });

  it('notifies the same event handlers, on the same buckets and prefixes, as the manifest and the local event bus', () => {
    // Prepare
    const eventOfFunction = new Map(
      Object.entries(stack.events.functions).map(([name, fn]) => [logicalId(fn.function), name]),
    );
    const bucketOfId = new Map(
      Object.entries(stack.data.buckets).map(([name, bucket]) => [logicalId(bucket), name]),
    );
    const expected = sorted(events.map((event) => `${event.name} ${event.bucket} '${event.prefix}'`));
    // Act
    const cloud = propertiesOf('Custom::S3BucketNotifications').flatMap((notifications) => {
      const bucket = bucketOfId.get(referencedId(notifications.BucketName) ?? '');
      const config = notifications.NotificationConfiguration as {
        LambdaFunctionConfigurations?: Properties[];
      };
      return (config.LambdaFunctionConfigurations ?? []).map((lambda) => {
        expect(lambda.Events).toEqual(['s3:ObjectCreated:*']);
        const rules = (lambda.Filter as { Key: { FilterRules: { Value: string }[] } } | undefined)?.Key
          .FilterRules;
        const name = eventOfFunction.get(referencedId(lambda.LambdaFunctionArn) ?? '');
        return `${name} ${bucket} '${rules?.[0]?.Value ?? ''}'`;
      });
    });
    // Assess
    expect(sorted(cloud)).toEqual(expected);
    expect(sorted(local.events.map((event) => `${event.name} ${event.bucket} '${event.prefix}'`))).toEqual(
      expected,
    );
  });
});
