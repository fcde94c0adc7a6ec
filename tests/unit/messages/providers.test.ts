import { createHmac } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { consoleProvider, httpProvider, providerFromEnv, snsProvider } from '#functions/messages/providers';

const sms = {
  idempotencyKey: 'dust#S1#2026-11-30#remind',
  phone: '13812345678',
  text: '【常安码】测试',
  template: 'test',
  params: {},
};

describe('the SMS providers', () => {
  it('console prints the text with the phone masked', async () => {
    // Prepare
    const lines: string[] = [];

    // Act
    const answer = await consoleProvider((line) => lines.push(line)).send(sms);

    // Assess
    expect(lines).toEqual(['[短信] 138****5678 【常安码】测试\n']);
    expect(answer.providerMessageId).toMatch(/^console-/);
  });

  it('http signs the raw body with HMAC-SHA256 and sends the idempotency key', async () => {
    // Prepare
    const fetch = vi.fn(async () => new Response(JSON.stringify({ messageId: 'gw-1' }), { status: 200 }));
    const provider = httpProvider({
      url: 'https://sms.example.cn/send',
      secret: async () => 's3cret',
      timeoutMs: 5000,
      fetch,
    });

    // Act
    const answer = await provider.send(sms);

    // Assess
    expect(answer).toEqual({ providerMessageId: 'gw-1' });
    const [url, init] = fetch.mock.calls[0] as unknown as [
      string,
      RequestInit & { headers: Record<string, string> },
    ];
    expect(url).toBe('https://sms.example.cn/send');
    const body = String(init.body);
    expect(JSON.parse(body)).toEqual({
      id: sms.idempotencyKey,
      phone: sms.phone,
      text: sms.text,
      template: 'test',
      params: {},
    });
    expect(init.headers['x-changan-signature']).toBe(
      createHmac('sha256', 's3cret').update(body).digest('hex'),
    );
    expect(init.headers['idempotency-key']).toBe(sms.idempotencyKey);
  });

  it('http treats non-2xx answers and answers without messageId as failures', async () => {
    // Prepare
    const answers = [new Response('oops', { status: 502 }), new Response('{}', { status: 200 })];
    const fetch = vi.fn(async () => answers.shift() as Response);
    const provider = httpProvider({
      url: 'https://sms.example.cn/send',
      secret: async () => 'x',
      timeoutMs: 5000,
      fetch,
    });

    // Act & Assess
    await expect(provider.send(sms)).rejects.toThrow('短信网关返回 502');
    await expect(provider.send(sms)).rejects.toThrow('缺少 messageId');
  });

  it('sns publishes to the +86 number as a Transactional SMS', async () => {
    // Prepare
    const sent: unknown[] = [];
    class PublishCommand {
      constructor(readonly input: unknown) {}
    }
    class SNSClient {
      async send(command: PublishCommand) {
        sent.push(command.input);
        return { MessageId: 'sns-1' };
      }
    }

    // Act
    const answer = await snsProvider(async () => ({ SNSClient, PublishCommand }) as never).send(sms);

    // Assess
    expect(answer).toEqual({ providerMessageId: 'sns-1' });
    expect(sent).toEqual([
      {
        PhoneNumber: '+8613812345678',
        Message: sms.text,
        MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
      },
    ]);
  });

  it('are chosen by SMS_PROVIDER, console by default, and http needs its URL and secret', () => {
    // Assess
    expect(providerFromEnv({}).name).toBe('console');
    expect(providerFromEnv({ SMS_PROVIDER: 'sns' }).name).toBe('sns');
    expect(() => providerFromEnv({ SMS_PROVIDER: 'http' })).toThrow(/SMS_HTTP_URL/);
    expect(() => providerFromEnv({ SMS_PROVIDER: 'http', SMS_HTTP_URL: 'https://x.cn' })).toThrow(/SECRET/);
    expect(
      providerFromEnv({ SMS_PROVIDER: 'http', SMS_HTTP_URL: 'https://x.cn', SMS_HTTP_SECRET: 'k' }).name,
    ).toBe('http');
  });
});
