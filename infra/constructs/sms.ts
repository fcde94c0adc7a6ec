import { Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { HouseFunction } from './house-function';

export const smsProviders = ['console', 'sns', 'http'] as const;
export type SmsProviderName = (typeof smsProviders)[number];

/** The SMS channel of one deployment (`-c smsProvider=http -c smsHttpUrl=https://...`). */
export interface SmsSettings {
  /** @default console */
  readonly provider?: SmsProviderName;
  /** The gateway webhook; required for `http`. */
  readonly httpUrl?: string;
}

/**
 * Configures the dispatcher for its provider: `sns` gets sns:Publish, `http` the gateway URL and a generated
 * signing secret in Secrets Manager (share its value with the gateway; the function reads it once per cold start).
 */
export function bindSmsProvider(scope: Construct, fn: HouseFunction, settings: SmsSettings = {}): void {
  const provider = settings.provider ?? 'console';
  if (!smsProviders.includes(provider))
    throw new Error(`smsProvider must be one of ${smsProviders.join(', ')}, not ${String(provider)}`);
  fn.function.addEnvironment('SMS_PROVIDER', provider);
  if (provider === 'sns') {
    fn.function.addToRolePolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
    Validations.of(fn).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'sns:Publish straight to a phone number (SMS) has no topic and so no resource ARN to name; tracing needs xray:PutTraceSegments/PutTelemetryRecords, which support no resource-level permissions either.',
    });
  }
  if (provider === 'http') {
    if (!settings.httpUrl) throw new Error('smsProvider=http needs -c smsHttpUrl=https://...');
    const secret = new secretsmanager.Secret(scope, 'SmsHttpSecret', {
      description:
        '常安码 SMS gateway signing secret (HMAC-SHA256 of each request body); share it with the gateway',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'A secret shared with an external SMS gateway: rotating it is a change on both sides, agreed with the vendor, so it is rotated by hand (put a new value and update the gateway), not by a rotation Lambda.',
    });
    secret.grantRead(fn.function);
    fn.function.addEnvironment('SMS_HTTP_URL', settings.httpUrl);
    fn.function.addEnvironment('SMS_HTTP_SECRET_ARN', secret.secretArn);
  }
}
