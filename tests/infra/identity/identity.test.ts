import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { type GroupName, groups, routes } from '#functions/manifest';
import { routeKey } from '#functions/platform/manifest-types';
import type { ChanganStack } from '#infra/stack';
import { logicalId, referencedId, synthCloud } from '#tests/infra/synth';

type Properties = Record<string, unknown>;
type Statement = { Action: string | string[]; Resource: unknown };

let template: Template;
let stack: ChanganStack;

beforeAll(() => {
  const cloud = synthCloud();
  ({ template, stack } = cloud);
  return cloud.cleanUp;
});

const propertiesOf = (type: string) =>
  Object.values(template.findResources(type)).map(
    (resource) => (resource as { Properties: Properties }).Properties,
  );

/** Every statement of the inline policies attached to a group's role. */
function statementsOf(group: GroupName): Statement[] {
  const roleId = logicalId(stack.api.functions[group].role);
  return propertiesOf('AWS::IAM::Policy')
    .filter((policy) => (policy.Roles as unknown[]).some((role) => referencedId(role) === roleId))
    .flatMap((policy) => (policy.PolicyDocument as { Statement: Statement[] }).Statement);
}

const actions = (statement: Statement) => [statement.Action].flat();
const mentions = (resource: unknown, id: string) => JSON.stringify(resource).includes(`"${id}"`);

describe('identity in the cloud stack', () => {
  it('throttles the login route harder than the stage, after the route exists', () => {
    // Prepare
    const [stageId = '', stage] = Object.entries(template.findResources('AWS::ApiGatewayV2::Stage'))[0] ?? [];
    const loginRouteId = Object.entries(template.findResources('AWS::ApiGatewayV2::Route')).find(
      ([, route]) => (route as { Properties: Properties }).Properties.RouteKey === 'POST /api/auth/login',
    )?.[0];

    // Assess
    expect(stageId).not.toBe('');
    expect((stage as { Properties: Properties }).Properties.RouteSettings).toMatchObject({
      'POST /api/auth/login': { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 },
    });
    expect([(stage as { DependsOn?: string[] }).DependsOn ?? []].flat()).toContain(loginRouteId);
  });

  it('puts the JWT authorizer on every route that is not public, and none on public routes', () => {
    // Prepare
    const authorizers = template.findResources('AWS::ApiGatewayV2::Authorizer');
    const [authorizerId = ''] = Object.keys(authorizers);
    const authorizer = (authorizers[authorizerId] as { Properties: Properties } | undefined)?.Properties;
    const byKey = new Map(propertiesOf('AWS::ApiGatewayV2::Route').map((route) => [route.RouteKey, route]));

    // Assess
    expect(Object.keys(authorizers)).toHaveLength(1);
    expect(authorizer).toMatchObject({ AuthorizerType: 'JWT', JwtConfiguration: { Audience: ['changan'] } });
    expect(JSON.stringify(authorizer?.JwtConfiguration)).toContain('/api/auth');
    for (const route of routes) {
      const cloud = byKey.get(routeKey(route));
      if (route.access === 'public') expect(cloud?.AuthorizationType ?? 'NONE', routeKey(route)).toBe('NONE');
      else
        expect(cloud, routeKey(route)).toMatchObject({
          AuthorizationType: 'JWT',
          AuthorizerId: { Ref: authorizerId },
        });
    }
  });

  it('tells every route group the issuer, and the auth group alone where the signing key is', () => {
    // Prepare
    const functions = template.findResources('AWS::Lambda::Function');
    const variablesOf = (group: GroupName) =>
      (functions[logicalId(stack.api.functions[group].function)] as { Properties: Properties }).Properties
        .Environment as { Variables: Record<string, unknown> };

    // Assess
    for (const group of Object.keys(groups) as GroupName[]) {
      expect(JSON.stringify(variablesOf(group).Variables.JWT_ISSUER), group).toMatch(/api\/auth/);
      if (group === 'auth')
        expect(variablesOf(group).Variables.JWT_SECRET_ARN).toEqual({ Ref: logicalId(stack.api.signingKey) });
      else expect(variablesOf(group).Variables.JWT_SECRET_ARN, group).toBeUndefined();
    }
  });

  it('lets the auth function alone read and write the signing key secret', () => {
    // Prepare
    const secretId = logicalId(stack.api.signingKey);

    // Act
    const readers = (Object.keys(groups) as GroupName[]).filter((group) =>
      statementsOf(group).some((statement) => mentions(statement.Resource, secretId)),
    );
    const authActions = statementsOf('auth')
      .filter((statement) => mentions(statement.Resource, secretId))
      .flatMap(actions);

    // Assess
    expect(readers).toEqual(['auth']);
    expect(authActions).toEqual(
      expect.arrayContaining(['secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue']),
    );
    expect(authActions).not.toContain('secretsmanager:DeleteSecret');
  });

  it('gives audit writers PutItem alone on the audit table, and the audit group reads only', () => {
    // Prepare
    const auditTableId = logicalId(stack.data.tables.audit);
    const onAuditTable = (group: GroupName) =>
      statementsOf(group)
        .filter((statement) => mentions(statement.Resource, auditTableId))
        .flatMap(actions);

    // Assess
    for (const [group, spec] of Object.entries(groups) as [GroupName, (typeof groups)[GroupName]][]) {
      const mode = (spec.grants as { tables?: { audit?: string } }).tables?.audit;
      if (mode === 'append') expect(onAuditTable(group), group).toEqual(['dynamodb:PutItem']);
      if (mode === 'read')
        expect(onAuditTable(group).some((action) => /Put|Update|Delete|BatchWrite/.test(action))).toBe(false);
    }
    expect(groups.audit.grants.tables?.audit).toBe('read');
  });

  it('lets the auth function alone write the token key table; no job or event may touch it', () => {
    // Prepare
    const keysTableId = logicalId(stack.data.tables.keys);
    const authRoleId = logicalId(stack.api.functions.auth.role);
    const groupRoleIds = new Set(
      (Object.keys(groups) as GroupName[]).map((group) => logicalId(stack.api.functions[group].role)),
    );

    // Act
    const onKeys = propertiesOf('AWS::IAM::Policy').flatMap((policy) =>
      (policy.PolicyDocument as { Statement: Statement[] }).Statement.filter((statement) =>
        mentions(statement.Resource, keysTableId),
      ).flatMap((statement) =>
        (policy.Roles as unknown[]).map((role) => ({
          role: referencedId(role),
          actions: actions(statement),
        })),
      ),
    );
    const writers = new Set(
      onKeys
        .filter(({ actions }) => actions.some((a) => /Put|Update|Delete|BatchWrite/.test(a)))
        .map((s) => s.role),
    );

    // Assess
    expect([...writers]).toEqual([authRoleId]);
    expect(onKeys.every(({ role }) => groupRoleIds.has(role as string))).toBe(true);
    expect(template.findResources('AWS::DynamoDB::Table')[keysTableId]).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: {
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      },
    });
  });
});
