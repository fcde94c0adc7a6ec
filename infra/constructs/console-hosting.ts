import { existsSync } from 'node:fs';
import { Annotations, DefaultStackSynthesizer, Duration, Stack, Validations } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { consoleCsp } from '#infra/console-csp';
import { privateBucketProps } from './data';
import { arnToken } from './house-function';

export interface ConsoleHostingProps {
  /** The API that `/api/*` is forwarded to, so the console calls it same-origin. */
  readonly httpApi: apigw.IHttpApi;
  /** Receives the console bucket's server access logs and CloudFront's access logs. */
  readonly accessLogs: s3.IBucket;
  /** Built console (index.html, assets/, m/ for the H5 pages); skipped with a warning when it does not exist. */
  readonly consoleDir: string;
  /** Origins the console fetches besides its own (the buckets it uploads to with presigned POSTs). @default [] */
  readonly connectSources?: readonly string[];
}

/** Two years, as the HSTS preload list asks. */
const hsts = {
  accessControlMaxAge: Duration.days(730),
  includeSubdomains: true,
  override: true,
};

/**
 * Single-page-app fallback for the console (/), the H5 pages (/m/) and the public pages (/public/): a path without a file extension is a
 * client-side route. A distribution-wide error response would do the same but would also turn the API's JSON
 * 403/404 answers under /api/* into index.html, so the rewrite runs on the console behavior only.
 */
const spaFallback = `function handler(event) {
  var request = event.request;
  if (/\\.[A-Za-z0-9]+$/.test(request.uri)) return request;
  var uri = request.uri;
  if (uri === '/m' || uri.startsWith('/m/')) request.uri = '/m/index.html';
  else if (uri === '/public' || uri.startsWith('/public/')) request.uri = '/public/index.html';
  else request.uri = '/index.html';
  return request;
}`;

/** The console's static files on a private S3 bucket behind CloudFront, with `/api/*` routed to the HTTP API. */
export class ConsoleHosting extends Construct {
  public readonly bucket: s3.Bucket;
  public readonly distribution: cloudfront.Distribution;

  constructor(scope: Construct, id: string, props: ConsoleHostingProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.bucket = new s3.Bucket(this, 'Bucket', privateBucketProps(props.accessLogs, 'console'));
    const apiDomain = `${props.httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;

    // The login token sits in localStorage: no framing, no foreign scripts, no sniffing (infra/console-csp.ts).
    const consoleHeaders = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Console and H5 pages: CSP, HSTS, no framing, nosniff',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: consoleCsp(props.connectSources), override: true },
        strictTransportSecurity: hsts,
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
    });
    const apiHeaders = new cloudfront.ResponseHeadersPolicy(this, 'ApiSecurityHeaders', {
      comment: 'API under /api/*: HSTS and nosniff (the JSON answers set their own CORS)',
      securityHeadersBehavior: { strictTransportSecurity: hsts, contentTypeOptions: { override: true } },
    });

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `常安码 console (${stack.stackName})`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: consoleHeaders,
        functionAssociations: [
          {
            eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
            function: new cloudfront.Function(this, 'SpaFallback', {
              code: cloudfront.FunctionCode.fromInline(spaFallback),
              runtime: cloudfront.FunctionRuntime.JS_2_0,
            }),
          },
        ],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new origins.HttpOrigin(apiDomain, {
            protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
          }),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: apiHeaders,
        },
      },
      enableLogging: true,
      logBucket: props.accessLogs,
      logFilePrefix: 'cloudfront/',
    });
    this.acknowledgeDistribution();

    if (existsSync(props.consoleDir)) {
      new s3deploy.BucketDeployment(this, 'Deploy', {
        sources: [s3deploy.Source.asset(props.consoleDir)],
        destinationBucket: this.bucket,
        distribution: this.distribution,
        distributionPaths: ['/*'],
        memoryLimit: 512,
      });
      acknowledgeBucketDeployment(stack, this.bucket);
    } else {
      Annotations.of(this).addWarningV2(
        'changan:consoleNotBuilt',
        `No console build at ${props.consoleDir}: the bucket and distribution are created empty. Run \`npm run build:admin\` before deploying.`,
      );
    }
  }

  private acknowledgeDistribution(): void {
    const acknowledge = (id: string, reason: string) =>
      Validations.of(this.distribution).acknowledge({ id, reason });
    acknowledge(
      'AwsSolutions-CFR4',
      'No custom domain yet: the default *.cloudfront.net certificate cannot raise its TLS policy. Add domainNames and an ACM certificate with TLSv1.2_2021 when the city gets its domain.',
    );
    acknowledge(
      'AwsSolutions-CFR1',
      'Users are the bureau, its districts and the enterprises they supervise; access is decided by login tokens, not geography.',
    );
    acknowledge(
      'AwsSolutions-CFR2',
      'A CloudFront WAF web ACL must live in us-east-1 (a second stack); the API behind /api/* is throttled at the stage until then.',
    );
  }
}

/** BucketDeployment copies the console through a CDK-owned singleton Lambda that exists only for deployments. */
function acknowledgeBucketDeployment(stack: Stack, consoleBucket: s3.Bucket): void {
  const handler = stack.node.children.find((child) =>
    child.node.id.startsWith('Custom::CDKBucketDeployment'),
  );
  if (!handler) return;
  const copyReason =
    'CDK grants its deployment handler read on the staged asset and read/put/delete on the console bucket to sync the build.';
  const assetsBucket = `arn:<AWS::Partition>:s3:::cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-<AWS::AccountId>-<AWS::Region>`;
  const reasons: Record<string, string> = {
    'AwsSolutions-IAM5[Action::s3:GetBucket*]': copyReason,
    'AwsSolutions-IAM5[Action::s3:GetObject*]': copyReason,
    'AwsSolutions-IAM5[Action::s3:List*]': copyReason,
    'AwsSolutions-IAM5[Action::s3:Abort*]': copyReason,
    'AwsSolutions-IAM5[Action::s3:DeleteObject*]': copyReason,
    [`AwsSolutions-IAM5[Resource::${assetsBucket}/*]`]: copyReason,
    [`AwsSolutions-IAM5[Resource::${arnToken(consoleBucket)}/*]`]: copyReason,
    'AwsSolutions-IAM5[Resource::*]':
      'cloudfront:CreateInvalidation/GetInvalidation, which the handler uses to refresh the console after a deploy.',
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
      "CDK's BucketDeployment handler writes its own logs through this managed policy; it runs only during deployments.",
    'AwsSolutions-L1': "The BucketDeployment handler's runtime is chosen by aws-cdk-lib, not by us.",
    'Serverless-LambdaLatestVersion':
      "The BucketDeployment handler's runtime is chosen by aws-cdk-lib, not by us.",
    'Serverless-LambdaDLQ':
      'CloudFormation invokes the deployment handler synchronously and reports its failures itself.',
    'Serverless-LambdaTracing':
      'A deploy-time copy job; tracing it would add nothing the CloudFormation events do not show.',
  };
  for (const [id, reason] of Object.entries(reasons)) Validations.of(handler).acknowledge({ id, reason });
}
