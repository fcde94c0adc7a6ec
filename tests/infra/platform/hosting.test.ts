import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { consoleCsp } from '#infra/console-csp';
import { HouseFunction } from '#infra/constructs/house-function';
import { logicalId, referencedId, synthCloud } from '#tests/infra/synth';

type Resource = { Type: string; Properties: Record<string, unknown> };

/** A CloudFormation string that may be a Fn::Join of tokens, flattened with `<token>` for the parts. */
function flat(value: unknown): string {
  if (typeof value === 'string') return value;
  const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (join) return join[1].map(flat).join(join[0]);
  return '<token>';
}

describe('console hosting security headers', () => {
  it('sends HSTS, frame denial, nosniff, the referrer policy and the console CSP on the console behavior', () => {
    // Prepare
    const { template } = synthCloud();

    // Act
    const policies = template.findResources('AWS::CloudFront::ResponseHeadersPolicy') as Record<
      string,
      Resource
    >;
    const [distribution] = Object.values(
      template.findResources('AWS::CloudFront::Distribution'),
    ) as Resource[];
    const config = (distribution?.Properties.DistributionConfig ?? {}) as {
      DefaultCacheBehavior: { ResponseHeadersPolicyId?: unknown };
      CacheBehaviors: { PathPattern: string; ResponseHeadersPolicyId?: unknown }[];
    };
    const consolePolicyId = referencedId(config.DefaultCacheBehavior.ResponseHeadersPolicyId);
    const api = config.CacheBehaviors.find((behavior) => behavior.PathPattern === '/api/*');
    const apiPolicyId = referencedId(api?.ResponseHeadersPolicyId);

    // Assess
    expect(consolePolicyId && policies[consolePolicyId]).toBeTruthy();
    expect(apiPolicyId && policies[apiPolicyId]).toBeTruthy();
    // biome-ignore lint/suspicious/noExplicitAny: CloudFormation properties, checked value by value below
    type Headers = Record<string, any>;
    const headers = (id: string): Headers =>
      (policies[id]?.Properties.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: Headers } | undefined)
        ?.SecurityHeadersConfig ?? {};
    const consoleHeaders = headers(consolePolicyId as string);
    expect(consoleHeaders.StrictTransportSecurity).toEqual({
      AccessControlMaxAgeSec: 63_072_000,
      IncludeSubdomains: true,
      Override: true,
    });
    expect(consoleHeaders.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(consoleHeaders.ContentTypeOptions).toEqual({ Override: true });
    expect(consoleHeaders.ReferrerPolicy).toEqual({
      ReferrerPolicy: 'strict-origin-when-cross-origin',
      Override: true,
    });
    const csp = flat(consoleHeaders.ContentSecurityPolicy.ContentSecurityPolicy);
    for (const directive of consoleCsp()
      .split('; ')
      .filter((d) => !d.startsWith('connect-src')))
      expect(csp).toContain(directive);
    // The console uploads straight to S3 with presigned POSTs in AWS.
    expect(csp).toMatch(/connect-src 'self' https:\/\/<token>/);
    const apiHeaders = headers(apiPolicyId as string);
    expect(apiHeaders.ContentTypeOptions).toEqual({ Override: true });
    expect(apiHeaders.StrictTransportSecurity).toMatchObject({ AccessControlMaxAgeSec: 63_072_000 });
  });
});

describe('alarms', () => {
  it('alarms on every function’s errors and every queue’s depth, all to one SNS topic that enforces TLS', () => {
    // Prepare
    const { template, stack } = synthCloud();
    const topicId = logicalId(stack.alarms.alarmTopic);
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Resource[];
    const onTopic = alarms.filter((alarm) =>
      (alarm.Properties.AlarmActions as unknown[]).some((action) => referencedId(action) === topicId),
    );
    const dimension = (alarm: Resource, name: string) =>
      referencedId(
        (alarm.Properties.Dimensions as { Name: string; Value: unknown }[] | undefined)?.find(
          (d) => d.Name === name,
        )?.Value,
      );

    // Act
    const functions = stack.node
      .findAll()
      .filter((c): c is HouseFunction => c instanceof HouseFunction)
      .map((fn) => logicalId(fn.function));
    const queues = Object.keys(template.findResources('AWS::SQS::Queue'));

    // Assess
    expect(functions.length).toBeGreaterThan(3);
    expect(queues.length).toBeGreaterThan(0);
    for (const fn of functions) {
      const alarm = onTopic.find(
        (a) => a.Properties.MetricName === 'Errors' && dimension(a, 'FunctionName') === fn,
      );
      expect(alarm, `alarm for ${fn}`).toBeDefined();
      expect(alarm?.Properties).toMatchObject({
        Namespace: 'AWS/Lambda',
        Statistic: 'Sum',
        Period: 300,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    }
    for (const queue of queues) {
      const alarm = onTopic.find(
        (a) =>
          a.Properties.MetricName === 'ApproximateNumberOfMessagesVisible' &&
          dimension(a, 'QueueName') === queue,
      );
      expect(alarm, `alarm for ${queue}`).toBeDefined();
      expect(alarm?.Properties).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
    }
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: Match.objectLike({
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      }),
    });
  });
});
