import { describe, expect, it } from 'vitest';
import { dispatcherSegmentsFromEnv, localBindings } from '#infra/local/bindings';

describe('SMS_DISPATCHER_SEGMENTS (the local dispatcher runs per minute)', () => {
  it('is one plain run when unset or empty', () => {
    expect(dispatcherSegmentsFromEnv(undefined)).toBe(1);
    expect(dispatcherSegmentsFromEnv('')).toBe(1);
  });

  it('takes a whole number from 1 to 16, the due index shards', () => {
    expect(dispatcherSegmentsFromEnv('1')).toBe(1);
    expect(dispatcherSegmentsFromEnv('16')).toBe(16);
  });

  it.each(['0', '17', '2.5', 'four', '-3'])('refuses %s, naming the setting', (value) => {
    expect(() => dispatcherSegmentsFromEnv(value)).toThrow(/SMS_DISPATCHER_SEGMENTS must be .* 1 to 16/);
  });

  it('segments the dispatcher only; every other job keeps one run', () => {
    process.env.SMS_DISPATCHER_SEGMENTS = '3';
    try {
      const jobs = localBindings().jobs;
      expect(jobs.filter((job) => job.segments !== 1).map((job) => [job.name, job.segments])).toEqual([
        ['sms-dispatch', 3],
      ]);
    } finally {
      delete process.env.SMS_DISPATCHER_SEGMENTS;
    }
  });
});
