import { createHmac, randomUUID } from 'node:crypto';
import * as z from 'zod';
import { maskPhone } from '#functions/platform/phone';

/** What a provider sends: the idempotency key travels with it, so a gateway can refuse a second delivery. */
export interface SmsSend {
  idempotencyKey: string;
  phone: string;
  text: string;
  template: string;
  params: Record<string, string>;
}

/** Sends one SMS or throws; the answer's id is the gateway's. */
export interface SmsProvider {
  readonly name: 'console' | 'sns' | 'http';
  send(message: SmsSend): Promise<{ providerMessageId: string }>;
}

/** Local default: one line on stdout with the full text and the masked phone; the message item is the store. */
export function consoleProvider(
  write: (line: string) => void = (line) => process.stdout.write(line),
): SmsProvider {
  return {
    name: 'console',
    send: async (message) => {
      write(`[短信] ${maskPhone(message.phone)} ${message.text}\n`);
      return { providerMessageId: `console-${randomUUID()}` };
    },
  };
}

/** The part of `@aws-sdk/client-sns` the provider uses (the package is loaded lazily, on the first send). */
interface SnsModule {
  SNSClient: new (config: object) => { send(command: unknown): Promise<{ MessageId?: string }> };
  PublishCommand: new (input: {
    PhoneNumber: string;
    Message: string;
    MessageAttributes: Record<string, { DataType: string; StringValue: string }>;
  }) => unknown;
}

/** Amazon SNS SMS to +86 numbers, Transactional. Not offered in the AWS China regions: use `http` there. */
export function snsProvider(load: () => Promise<SnsModule> = loadSns): SmsProvider {
  let client: Promise<{ sns: SnsModule; client: InstanceType<SnsModule['SNSClient']> }> | undefined;
  return {
    name: 'sns',
    send: async (message) => {
      client ??= load().then((sns) => ({ sns, client: new sns.SNSClient({}) }));
      const { sns, client: sns_client } = await client;
      const answer = await sns_client.send(
        new sns.PublishCommand({
          PhoneNumber: `+86${message.phone}`,
          Message: message.text,
          MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
        }),
      );
      if (!answer.MessageId) throw new Error('SNS 未返回 MessageId');
      return { providerMessageId: answer.MessageId };
    },
  };
}

// A variable specifier: the package is not a dependency of this repo (the Lambda runtime ships SDK v3).
const snsPackage = '@aws-sdk/client-sns';
const loadSns = () => import(snsPackage) as Promise<SnsModule>;

/** Hex HMAC-SHA256 of the raw body: the `x-changan-signature` header. */
export function signBody(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('hex');
}

const gatewayAnswerSchema = z.object({ messageId: z.string().min(1) });

export interface HttpProviderConfig {
  url: string;
  /** Read once per cold start. */
  secret: () => Promise<string>;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/**
 * A webhook for mainland SMS gateways: POST JSON {id, phone, text, template, params}, signed with
 * `x-changan-signature`, keyed with `idempotency-key`. 2xx with {messageId} is sent; anything else, including a
 * timeout, is a failure the dispatcher retries with the same key.
 */
export function httpProvider(config: HttpProviderConfig): SmsProvider {
  const post = config.fetch ?? fetch;
  return {
    name: 'http',
    send: async (message) => {
      const body = JSON.stringify({
        id: message.idempotencyKey,
        phone: message.phone,
        text: message.text,
        template: message.template,
        params: message.params,
      });
      const response = await post(config.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-changan-signature': signBody(body, await config.secret()),
          'idempotency-key': message.idempotencyKey,
        },
        body,
        signal: AbortSignal.timeout(config.timeoutMs),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`短信网关返回 ${response.status}`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new Error('短信网关的应答不是 JSON');
      }
      const answer = gatewayAnswerSchema.safeParse(parsed);
      if (!answer.success) throw new Error('短信网关的应答缺少 messageId');
      return { providerMessageId: answer.data.messageId };
    },
  };
}

const providerEnvSchema = z.object({
  SMS_PROVIDER: z.enum(['console', 'sns', 'http']).default('console'),
  SMS_HTTP_URL: z.string().url().optional(),
  SMS_HTTP_SECRET: z.string().min(1).optional(),
  SMS_HTTP_SECRET_ARN: z.string().min(1).optional(),
  SMS_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
});

/** Reads a secret string from Secrets Manager (AWS), once. */
async function secretFromArn(arn: string): Promise<string> {
  const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const answer = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: arn }));
  if (!answer.SecretString) throw new Error('SMS_HTTP_SECRET_ARN 指向的密钥为空');
  return answer.SecretString;
}

/** The provider SMS_PROVIDER names (default `console`), configured from the environment at cold start. */
export function providerFromEnv(source: NodeJS.ProcessEnv = process.env): SmsProvider {
  const env = providerEnvSchema.parse(source);
  if (env.SMS_PROVIDER === 'console') return consoleProvider();
  if (env.SMS_PROVIDER === 'sns') return snsProvider();
  if (!env.SMS_HTTP_URL) throw new Error('SMS_PROVIDER=http needs SMS_HTTP_URL');
  const { SMS_HTTP_SECRET: local, SMS_HTTP_SECRET_ARN: arn } = env;
  if (!local && !arn) throw new Error('SMS_PROVIDER=http needs SMS_HTTP_SECRET or SMS_HTTP_SECRET_ARN');
  let secret: Promise<string> | undefined;
  return httpProvider({
    url: env.SMS_HTTP_URL,
    timeoutMs: env.SMS_HTTP_TIMEOUT_MS,
    secret: () => {
      // Once per cold start; a failed read is tried again on the next send.
      secret ??= (local ? Promise.resolve(local) : secretFromArn(arn as string)).catch((error: unknown) => {
        secret = undefined;
        throw error;
      });
      return secret;
    },
  });
}
