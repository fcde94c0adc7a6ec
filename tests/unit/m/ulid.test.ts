import { decodeTime } from 'ulid';
import { describe, expect, it } from 'vitest';
import { newUlid } from '../../../admin/src/m/api/ulid';

describe('the clientScanId made on the phone', () => {
  it('is a 26-character ULID whose time is the moment it was made', () => {
    // Prepare
    const at = Date.parse('2026-12-02T01:02:03.456Z');

    // Act
    const id = newUlid(at);

    // Assess
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(decodeTime(id)).toBe(at);
  });

  it('takes its last 16 characters from the random bytes', () => {
    // Prepare
    const zeros = (bytes: Uint8Array) => bytes.fill(0);
    const thirtyOnes = (bytes: Uint8Array) => bytes.fill(31);

    // Act / Assess
    expect(newUlid(0, zeros)).toBe('0'.repeat(26));
    expect(newUlid(0, thirtyOnes)).toBe(`${'0'.repeat(10)}${'Z'.repeat(16)}`);
    expect(newUlid(Date.now())).not.toBe(newUlid(Date.now()));
  });
});
