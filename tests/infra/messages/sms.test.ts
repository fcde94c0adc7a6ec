import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it, onTestFinished } from 'vitest';
import { logicalId, referencedId, synthCloud } from '#tests/infra/synth';

type Statement = { Action: string | string[]; Resource: unknown };

/** Synthesizes with these context values (cdk-nag errors make the synth throw) and cleans up after the test. */
function synthWith(context: Record<string, string>) {
  const cloud = synthCloud(context);
  onTestFinished(cloud.cleanUp);
  const dispatcher = cloud.stack.jobs.functions['sms-dispatch'];
  const roleId = logicalId(dispatcher.role);
  const policies = Object.values(cloud.template.findResources('AWS::IAM::Policy')) as {
    Properties: { Roles: unknown[]; PolicyDocument: { Statement: Statement[] } };
  }[];
  const statements = policies
    .filter((policy) => policy.Properties.Roles.some((role) => referencedId(role) === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
  const variables = cloud.template.findResources('AWS::Lambda::Function', {
    Properties: { LoggingConfig: { LogGroup: { Ref: logicalId(dispatcher.logGroup) } } },
  }) as Record<string, { Properties: { Environment: { Variables: Record<string, unknown> } } }>;
  const [fn] = Object.values(variables);
  return { ...cloud, statements, env: fn?.Properties.Environment.Variables ?? {} };
}

const actionsOf = (statements: Statement[]) => statements.flatMap((statement) => [statement.Action].flat());

describe('the SMS dispatcher in the cloud', () => {
  it('uses the console provider by default, with no SNS permission', () => {
    // Act
    const { env, statements } = synthWith({});

    // Assess
    expect(env.SMS_PROVIDER).toBe('console');
    expect(actionsOf(statements)).not.toContain('sns:Publish');
  });

  it('may publish SMS through SNS when smsProvider=sns, with cdk-nag satisfied', () => {
    // Act
    const { env, statements } = synthWith({ smsProvider: 'sns' });

    // Assess
    expect(env.SMS_PROVIDER).toBe('sns');
    // minimizePolicies merges it with the tracing actions, which also have no resource ARN
    const publish = statements.filter((statement) => [statement.Action].flat().includes('sns:Publish'));
    expect(publish).toHaveLength(1);
    expect(publish[0]?.Resource).toBe('*');
  });

  it('gets the gateway URL and a generated signing secret it may read when smsProvider=http', () => {
    // Act
    const { env, statements, template } = synthWith({
      smsProvider: 'http',
      smsHttpUrl: 'https://sms-gateway.example.cn/send',
    });

    // Assess
    expect(env).toMatchObject({ SMS_PROVIDER: 'http', SMS_HTTP_URL: 'https://sms-gateway.example.cn/send' });
    expect(env.SMS_HTTP_SECRET_ARN).toEqual({ Ref: expect.stringMatching(/SmsHttpSecret/) });
    template.resourceCountIs('AWS::SecretsManager::Secret', 2);
    expect(actionsOf(statements)).toEqual(expect.arrayContaining(['secretsmanager:GetSecretValue']));
    expect(actionsOf(statements)).not.toContain('sns:Publish');
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 48 }),
    });
  });

  it('refuses smsProvider=http without a gateway URL', () => {
    // Act & Assess
    expect(() => synthCloud({ smsProvider: 'http' })).toThrow(/smsHttpUrl/);
  });
});
