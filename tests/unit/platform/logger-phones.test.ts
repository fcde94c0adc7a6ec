import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from '#functions/platform/logger';

/** Every line the logger prints, whichever stream it writes to. */
function capture(): { lines: () => string } {
  const printed: string[] = [];
  const keep = (chunk: unknown) => {
    printed.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(keep);
  vi.spyOn(process.stderr, 'write').mockImplementation(keep);
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    });
  }
  logger.setLogLevel('DEBUG'); // the tests run it SILENT
  return { lines: () => printed.join('\n') };
}

afterEach(() => {
  logger.setLogLevel('SILENT');
  vi.restoreAllMocks();
});

describe('the logger', () => {
  it('masks mainland mobile numbers in the message, nested attributes and errors', () => {
    // Prepare
    const out = capture();

    // Act
    logger.warn('login refused for 13812341234', {
      username: '13812341234',
      nested: { deeper: ['call 13912345678 now'], number: 13712345678 },
    });
    logger.error('failed', new Error('no account 13812341234'));

    // Assess
    const printed = out.lines();
    expect(printed).toContain('138****1234');
    expect(printed).toContain('139****5678');
    expect(printed).toContain('137****5678');
    expect(printed).not.toMatch(/1[3-9]\d{9}/);
    expect(printed).toContain('login refused for 138****1234');
    expect(printed).toContain('no account 138****1234');
  });

  it('leaves longer digit runs such as timestamps alone', () => {
    // Prepare
    const out = capture();

    // Act
    logger.info('took', { epoch: '1733080000000', code: 'x13812341234y' });

    // Assess
    expect(out.lines()).toContain('1733080000000');
  });
});
