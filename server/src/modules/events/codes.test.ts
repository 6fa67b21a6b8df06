import { REGISTRATION_CODE_ALPHABET } from '@ketnoi/contract';
import { describe, expect, it } from 'vitest';
import { newRegistrationCode, normaliseCode } from './codes.js';

describe('registration codes', () => {
  it('use 31 characters that cannot be mistaken for one another', () => {
    expect(REGISTRATION_CODE_ALPHABET).toHaveLength(31);
    expect(new Set(REGISTRATION_CODE_ALPHABET).size).toBe(31);
    for (const confusable of ['0', 'O', '1', 'I', 'L']) expect(REGISTRATION_CODE_ALPHABET).not.toContain(confusable);
  });

  it('are six characters of the alphabet, every character drawn about equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const code = newRegistrationCode();
      expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
      for (const ch of code) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(counts.size).toBe(31);
    // 30 000 characters: about 968 each (standard deviation about 31).
    for (const n of counts.values()) expect(Math.abs(n - 30_000 / 31)).toBeLessThan(160);
  });

  it('read what people type: case, spaces and dashes do not matter', () => {
    expect(normaliseCode(' abc-2de ')).toBe('ABC2DE');
  });
});
