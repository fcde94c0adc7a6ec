import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { repoRoot } from '#infra/bundle';
import type { SmsProviderName } from '#infra/constructs/sms';
import { ChanganStack, type ChanganStackProps } from '#infra/stack';

/**
 * `-c city=... -c allowedOrigins=a,b -c consoleDir=... -c smsProvider=console|sns|http -c smsHttpUrl=...`
 * `-c consoleOrigin=https://... -c smsDispatcherSegments=1..16`, with cdk.json holding the defaults.
 */
export function stackPropsFromContext(app: App): ChanganStackProps {
  const context = (key: string, fallback: string): string => String(app.node.tryGetContext(key) ?? fallback);
  return {
    city: context('city', 'changzhou'),
    allowedOrigins: context('allowedOrigins', '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    consoleDir: resolve(repoRoot, context('consoleDir', 'admin/dist')),
    ...(context('consoleOrigin', '') ? { consoleOrigin: context('consoleOrigin', '') } : {}),
    sms: {
      provider: context('smsProvider', 'console') as SmsProviderName,
      ...(context('smsHttpUrl', '') ? { httpUrl: context('smsHttpUrl', '') } : {}),
      // A number, or NaN that the Jobs construct refuses with the allowed range.
      dispatcherSegments: Number(context('smsDispatcherSegments', '1')),
    },
  };
}

/** The CDK app: one stack per city, checked by cdk-nag (AwsSolutions and Serverless packs) on every synth. */
export function createApp(props: AppProps = {}, overrides: Partial<ChanganStackProps> = {}) {
  // No AWS::CDK::Metadata resource: synth runs offline and the template should hold only what we deploy.
  const app = new App({ analyticsReporting: false, ...props });
  const stackProps = { ...stackPropsFromContext(app), ...overrides };
  const stack = new ChanganStack(app, `changan-${stackProps.city}`, stackProps);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { app, stack };
}

// Run by the CDK CLI (`npx tsx infra/app.ts`); the App synthesizes itself when the process exits.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) createApp();
