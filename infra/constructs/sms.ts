import { Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { DUE_SHARDS } from '#functions/messages/domain/shards';
import type { HouseFunction } from './house-function';

export const smsProviders = ['console', 'sns', 'http'] as const;
export type SmsProviderName = (typeof smsProviders)[number];

/** The SMS channel of one deployment (`-c smsProvider=http -c smsHttpUrl=https://...`). */
export interface SmsSettings {
  /** @default console */
  readonly provider?: SmsProviderName;
  /** The gateway webhook; required for `http`. */
  readonly httpUrl?: string;
  /**
   * Dispatcher runs started each minute, one schedule each passing its `{segment, totalSegments}`
   * (`smsDispatcherSegments` context). They share `SMS_RATE_PER_SECOND` (each paces to rate / n), so more runs
   * never send faster. A run keeps min(64, its rate) sends in flight: one run holds 50/s while a send's round trip
   * (claim, provider, mark) stays under 1 s, which is why the default is 1 (30,000 digests in ≈ 13 min). More runs
   * pay off above ≈ 64/s, where one run's 64 in flight cap it. At most DUE_SHARDS (16): a further run would walk
   * no shard. @default 1
   */
  readonly dispatcherSegments?: number;
}

/** The number of dispatcher schedules, checked: a whole number from 1 to DUE_SHARDS. */
export function dispatcherSegmentsOf(settings: SmsSettings = {}): number {
  const segments = settings.dispatcherSegments ?? 1;
  if (!Number.isInteger(segments) || segments < 1 || segments > DUE_SHARDS)
    throw new Error(
      `smsDispatcherSegments must be a whole number from 1 to ${DUE_SHARDS} (the due index's shards), not ${String(segments)}`,
    );
  return segments;
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
