import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  clockTime,
  describeResult,
  eventLine,
  foldJsonLogs,
  jobLine,
  powertoolsLine,
} from '#infra/local/terminal';

// Written by hand from what Powertools 2.36 printed for `logger.warn('login refused', {...})` and for a job
// whose run threw, inside a Lambda context (the request id and function keys it appends).
const loginRefused =
  '{"level":"WARN","message":"login refused","timestamp":"2026-12-01T14:22:15.515Z","service":"changan",' +
  '"sampling_rate":0,"username":"admin","address":"127.0.0.1","attempts":1,"known":true,"phone":"138****5678"}';
const jobFailed =
  '{"level":"ERROR","message":"job failed","timestamp":"2026-12-01T02:10:00.016Z","service":"changan",' +
  '"sampling_rate":0,"cold_start":true,"function_arn":"arn:aws:lambda:local:000000000000:function:changan-stats",' +
  '"function_memory_size":"512","function_name":"changan-stats","function_request_id":"5f1c","xray_trace_id":"1-x",' +
  '"job":"stats","periodKey":"2026-12-01T02:10","error":{"name":"TypeError","location":"/repo/functions/stats/jobs/stats.ts:20",' +
  '"message":"boom here","stack":"TypeError: boom here\\n    at run (/repo/functions/stats/jobs/stats.ts:20:9)"}}';

describe('the npm start terminal lines', () => {
  it('shows times in Beijing time whatever the machine’s zone', () => {
    expect(clockTime(new Date('2026-12-01T14:06:00Z'))).toBe('22:06:00');
    expect(clockTime(new Date('2026-12-01T16:00:05Z'))).toBe('00:00:05');
  });

  it('folds a Powertools warning into one line: Beijing time, level, message, its own fields', () => {
    expect(powertoolsLine(loginRefused)).toBe(
      '22:22:15 WARN login refused username=admin address=127.0.0.1 attempts=1 known=true phone=138****5678',
    );
  });

  it('drops the Lambda context keys and shows a logged error as its name, message and place', () => {
    expect(powertoolsLine(jobFailed, '/repo')).toBe(
      '10:10:00 ERROR job failed job=stats periodKey=2026-12-01T02:10 error="TypeError: boom here (functions/stats/jobs/stats.ts:20)"',
    );
  });

  it('quotes values with spaces and leaves lines that are not Powertools JSON alone', () => {
    const line =
      '{"level":"INFO","message":"import done","timestamp":"2026-12-01T01:00:00.000Z","key":"imports/city/a b.csv","rows":{"created":2}}';
    expect(powertoolsLine(line)).toBe(
      '09:00:00 INFO import done key="imports/city/a b.csv" rows="{\\"created\\":2}"',
    );
    expect(powertoolsLine('{"items":0}')).toBeUndefined();
    expect(powertoolsLine('{not json')).toBeUndefined();
    expect(powertoolsLine('GET /api/health 200 3ms')).toBeUndefined();
  });

  it('says what a job did in words instead of its JSON answer', () => {
    expect(jobLine('sms-dispatch', { result: { items: 0 }, ms: 8.4 })).toBe('job sms-dispatch 0 items 8ms');
    expect(
      jobLine('sms-dispatch', {
        result: { items: 3, sent: 2, failed: 1, dead: 0, deferred: 0, capped: 0, skipped: 0, error: 0 },
        ms: 1420,
      }),
    ).toBe('job sms-dispatch 3 items (sent 2, failed 1) 1.4s');
    expect(jobLine('heartbeat', { result: { items: 1 }, ms: 12 })).toBe('job heartbeat 1 item 12ms');
    expect(jobLine('heartbeat', { result: { items: 0, skipped: true }, ms: 3 })).toBe(
      'job heartbeat skipped (period already done) 3ms',
    );
    expect(jobLine('stats', { error: new Error('table missing'), ms: 2100 })).toBe(
      'job stats failed after 2.1s: table missing',
    );
  });

  it('says what an event handler did', () => {
    expect(
      eventLine('upload-check', 'photos/a.jpg', { result: { verdict: 'VERIFIED', deleted: false } }),
    ).toBe('event upload-check photos/a.jpg done (verdict VERIFIED)');
    expect(eventLine('enterprise-export', 'export-requests/t1.json', { error: 'timed out' })).toBe(
      'event enterprise-export export-requests/t1.json failed: timed out',
    );
    expect(describeResult(undefined)).toBe('done');
  });

  it('rewrites the JSON lines written to a stream and passes everything else through', () => {
    // Prepare
    const written: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString('utf8'));
        done();
      },
    }) as unknown as NodeJS.WriteStream;
    const undo = foldJsonLogs(stream);

    // Act
    stream.write(`${loginRefused}\n`);
    stream.write('演示企业 [###...] 10% 200/2000\n');
    undo();
    stream.write(`${loginRefused}\n`);

    // Assess
    expect(written).toEqual([
      '22:22:15 WARN login refused username=admin address=127.0.0.1 attempts=1 known=true phone=138****5678\n',
      '演示企业 [###...] 10% 200/2000\n',
      `${loginRefused}\n`,
    ]);
  });
});
