import { describe, expect, it } from 'vitest';
import {
  decoyPasswordHash,
  hashPassword,
  passwordParams,
  temporaryPassword,
  verifyPassword,
} from '#functions/identity/domain/passwords';
import { newPasswordSchema } from '#functions/identity/schemas/auth';

describe('password hashing', () => {
  it('verifies the password it hashed and nothing else', async () => {
    // Act
    const encoded = await hashPassword('Changan2026');

    // Assess
    expect(await verifyPassword('Changan2026', encoded)).toBe(true);
    expect(await verifyPassword('changan2026', encoded)).toBe(false);
    expect(await verifyPassword('Changan2026 ', encoded)).toBe(false);
  });

  it('salts every hash and writes its parameters into it', async () => {
    // Act
    const first = await hashPassword('Changan2026');
    const second = await hashPassword('Changan2026');

    // Assess
    expect(first).not.toBe(second);
    const { logN, r, p } = passwordParams;
    expect(first).toMatch(
      new RegExp(`^scrypt\\$${logN}\\$${r}\\$${p}\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}$`),
    );
    expect(logN).toBeGreaterThanOrEqual(14);
  });

  it('verifies with the parameters stored in the hash, so they can be raised later', async () => {
    // Prepare
    const encoded = await hashPassword('Changan2026');
    const [, , r, p, salt, hash] = encoded.split('$');

    // Act
    const weakerLogN = `scrypt$14$${r}$${p}$${salt}$${hash}`;

    // Assess
    expect(await verifyPassword('Changan2026', weakerLogN)).toBe(false);
  });

  it('never matches a malformed or foreign encoding, or the decoy', async () => {
    // Prepare
    const malformed = [
      '',
      'plain-text',
      'bcrypt$10$abc$def',
      'scrypt$15$8$1$$',
      'scrypt$99$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
      'scrypt$x$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    ];

    // Act
    const results = await Promise.all(malformed.map((encoded) => verifyPassword('anything1', encoded)));

    // Assess
    expect(results.every((result) => result === false)).toBe(true);
    expect(await verifyPassword('', decoyPasswordHash)).toBe(false);
    expect(await verifyPassword('Changan2026', decoyPasswordHash)).toBe(false);
  });
});

describe('temporary passwords', () => {
  it('are 12 readable characters with letters and digits that pass the password rules', () => {
    // Act
    const samples = Array.from({ length: 500 }, () => temporaryPassword());

    // Assess
    for (const sample of samples) {
      expect(sample).toMatch(/^[A-HJ-NP-Za-km-z2-9]{12}$/);
      expect(newPasswordSchema.safeParse(sample).success).toBe(true);
    }
    expect(new Set(samples).size).toBe(samples.length);
  });
});
