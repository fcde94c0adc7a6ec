import { NestedStack, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { TOKEN_AUDIENCE } from '#functions/identity/tokens/tokens';
import { type GroupName, groups, routes } from '#functions/manifest';
import type { GroupSpec } from '#functions/platform/manifest-types';
import type { Data } from './data';
import { HouseFunction } from './house-function';

export interface ApiProps {
  /** Tables and buckets the route groups are granted access to. */
  readonly data: Data;
  /** Origins allowed to call the API from a browser; the console itself calls it same-origin. @default [] */
  readonly allowedOrigins?: readonly string[];
  /** Steady-state requests per second across the API. @default 200 */
  readonly rateLimit?: number;
  /** Requests the API absorbs in a burst. @default 400 */
  readonly burstLimit?: number;
  /** Folder the esbuild bundles are written to. @default - see HouseFunction */
  readonly bundleDir?: string;
}

/** One JSON line per request; `routeKey` is the manifest's `METHOD /path`. */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    routeKey: '$context.routeKey',
    status: '$context.status',
    ip: '$context.identity.sourceIp',
    requestTime: '$context.requestTime',
    responseLength: '$context.responseLength',
    latencyMs: '$context.responseLatency',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/**
 * Routes throttled harder than the stage (requests per second, burst). The login is public and checks a password
 * hash per request: guessing and lockout floods are slowed at the gateway, before they reach the counters.
 */
export const routeThrottles: Readonly<Record<string, { rateLimit: number; burstLimit: number }>> = {
  'POST /api/auth/login': { rateLimit: 10, burstLimit: 20 },
  // Public, no login: a scraper must not eat the stage's budget (its answers are cacheable for 5 minutes).
  'GET /api/public/agencies': { rateLimit: 20, burstLimit: 40 },
};

/** `GET /api/health` → `GET-api-health`: a construct id that keeps the route recognisable in the tree. */
const routeId = (method: string, path: string) => `${method}${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

/**
 * The HTTP API: one Lambda per manifest route group and one route per manifest route, nothing else. The routes,
 * their integrations and the authorizer live in a nested stack of their own: a CloudFormation stack holds at most
 * 500 resources, and a route is one resource per `METHOD /path` (149 of them by issue 15), so in the city's stack
 * they would crowd out the functions, roles and alarms. Each group's function ARN crosses as one parameter.
 */
export class Api extends Construct {
  public readonly httpApi: apigw.HttpApi;
  public readonly stage: apigw.HttpStage;
  public readonly functions: Record<GroupName, HouseFunction>;
  /** The token signing key (a private JWK), readable and writable by the auth group alone. */
  public readonly signingKey: secretsmanager.Secret;
  /** Validates tokens at the gateway for every route that is not public. */
  public readonly authorizer: HttpJwtAuthorizer;
  /** The nested stack that holds the routes, their integrations and the authorizer. */
  public readonly routes: NestedStack;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const allowedOrigins = [...(props.allowedOrigins ?? [])];
    this.httpApi = new apigw.HttpApi(this, 'HttpApi', {
      apiName: `${Stack.of(this).stackName}-api`,
      description: '常安码 API',
      createDefaultStage: false,
      corsPreflight:
        allowedOrigins.length > 0
          ? { allowOrigins: allowedOrigins, allowMethods: [apigw.CorsHttpMethod.ANY], allowHeaders: ['*'] }
          : undefined,
    });
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: logs.RetentionDays.ONE_MONTH });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit ?? 200, burstLimit: props.burstLimit ?? 400 },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: accessLogFormat,
      },
    });

    // Our own auth group is the issuer: the gateway reads its discovery document and keys from public routes.
    const issuer = `${this.httpApi.apiEndpoint}/api/auth`;
    this.authorizer = new HttpJwtAuthorizer('TokenAuthorizer', issuer, { jwtAudience: [TOKEN_AUDIENCE] });
    this.signingKey = signingKeySecret(this);

    const integrations = new Map<string, HttpLambdaIntegration>();
    this.functions = {} as Record<GroupName, HouseFunction>;
    for (const [group, spec] of Object.entries(groups) as [GroupName, GroupSpec][]) {
      const fn = new HouseFunction(this, group, {
        handlerModule: spec.handler,
        description: spec.description,
        memoryMiB: spec.memoryMiB,
        timeoutSeconds: spec.timeoutSeconds,
        environment: { ALLOWED_ORIGINS: allowedOrigins.join(','), JWT_ISSUER: issuer },
        bundleDir: props.bundleDir,
      });
      props.data.bind(fn, spec.grants);
      if (group === 'auth') bindSigningKey(fn, this.signingKey);
      Validations.of(fn).acknowledge({
        id: 'Serverless-LambdaDLQ',
        reason:
          'API Gateway invokes route groups synchronously; failures return to the caller and the logs, never to a DLQ.',
      });
      // One permission per group, not per route: a group's resource policy would otherwise grow with every route.
      integrations.set(
        group,
        new HttpLambdaIntegration(`${group}Integration`, fn.function, { scopePermissionToRoute: false }),
      );
      this.functions[group] = fn;
    }

    this.routes = new NestedStack(this, 'Routes', { description: '常安码 API routes' });
    for (const route of routes) {
      const integration = integrations.get(route.group);
      if (!integration) {
        throw new Error(`Route ${route.method} ${route.path} names an unknown group "${route.group}"`);
      }
      const httpRoute = new apigw.HttpRoute(this.routes, routeId(route.method, route.path), {
        httpApi: this.httpApi,
        routeKey: apigw.HttpRouteKey.with(route.path, apigw.HttpMethod[route.method]),
        integration,
        ...(route.access === 'public' ? {} : { authorizer: this.authorizer }),
      });
      const throttle = routeThrottles[`${route.method} ${route.path}`];
      if (throttle) throttleRoute(this.stage, httpRoute, `${route.method} ${route.path}`, throttle);
      if (route.access === 'public') {
        Validations.of(httpRoute).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `The manifest declares ${route.method} ${route.path} public (access: 'public'); anyone may call it.`,
        });
      }
    }
  }
}

/** A stage-level setting for one route key; the stage must wait for the route (CloudFormation resolves the key). */
function throttleRoute(
  stage: apigw.HttpStage,
  route: apigw.HttpRoute,
  key: string,
  { rateLimit, burstLimit }: { rateLimit: number; burstLimit: number },
): void {
  const cfnStage = stage.node.defaultChild as apigw.CfnStage;
  // RouteSettings is untyped JSON in CloudFormation: CDK passes it as it is, so the keys are CloudFormation's.
  const current = (cfnStage.routeSettings ?? {}) as Record<string, unknown>;
  cfnStage.routeSettings = {
    ...current,
    [key]: { ThrottlingRateLimit: rateLimit, ThrottlingBurstLimit: burstLimit },
  };
  cfnStage.addDependency(route.node.defaultChild as apigw.CfnRoute);
}

/**
 * Created with a random placeholder: the auth group sees it is not a key, generates one on its first cold start
 * and stores it (functions/store/signing-key.ts), so the private key never passes through CloudFormation.
 */
function signingKeySecret(scope: Construct): secretsmanager.Secret {
  const secret = new secretsmanager.Secret(scope, 'SigningKey', {
    description: '常安码 token signing key (private JWK); generated by the auth function on first use',
    generateSecretString: { passwordLength: 32, excludePunctuation: true },
  });
  Validations.of(secret).acknowledge({
    id: 'AwsSolutions-SMG4',
    reason:
      'A token signing key, not a credential for another service: rotation means a new key pair, which the auth function makes when the secret holds no key (replace the value to rotate). Older public keys stay published for 12-hour tokens, so no rotation Lambda is needed.',
  });
  return secret;
}

/** Read and PutSecretValue on the signing key, for the auth group alone; nothing else sees the secret. */
function bindSigningKey(fn: HouseFunction, secret: secretsmanager.Secret): void {
  secret.grantRead(fn.function);
  fn.function.addToRolePolicy(
    new iam.PolicyStatement({ actions: ['secretsmanager:PutSecretValue'], resources: [secret.secretArn] }),
  );
  fn.function.addEnvironment('JWT_SECRET_ARN', secret.secretArn);
}
