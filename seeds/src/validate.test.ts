import { describe, expect, it } from 'vitest';
import { demoDataset, validateDataset, type SeedDataset } from './index.js';

// A deep copy of the demo dataset to break in one place per test.
const copy = (): SeedDataset => structuredClone(demoDataset);

describe('validateDataset', () => {
  it('accepts the demo dataset', () => {
    expect(validateDataset(demoDataset)).toEqual([]);
  });

  it('reports a duplicate email, whatever its case', () => {
    const d = copy();
    d.users[1]!.email = d.users[0]!.email.toUpperCase();
    expect(validateDataset(d)).toEqual([expect.stringContaining('duplicate email')]);
  });

  it('reports unknown provinces, sectors, stages and categories', () => {
    const d = copy();
    const startup = d.profiles['mat-ong-chi-lang']!;
    Object.assign(startup, { province: 'quang-nam', sectors: ['space_mining'], stage: 'unicorn' });
    d.needs[0]!.category = 'astrology' as never;
    const problems = validateDataset(d);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('unknown province "quang-nam"'),
        expect.stringContaining('unknown sector "space_mining"'),
        expect.stringContaining('unknown stage "unicorn"'),
        expect.stringContaining('unknown category "astrology"'),
      ]),
    );
  });

  it('reports a need whose startup does not exist or is not a startup', () => {
    const d = copy();
    d.needs.push({ ...d.needs[0]!, startupKey: 'nobody' });
    d.needs.push({ ...d.needs[0]!, startupKey: 'happy-mart' });
    const problems = validateDataset(d);
    expect(problems).toEqual([expect.stringContaining('unknown startupKey'), expect.stringContaining('owner is a provider')]);
  });

  it('reports a short password, a profile without user and a user without profile', () => {
    const d = copy();
    d.users[0]!.password = 'short';
    d.profiles['ghost'] = d.profiles['tumany']!;
    d.users.push({ ...d.users[0]!, key: 'lonely', email: 'lonely@demo.ketnoi.vn', password: 'long-enough-1' });
    const problems = validateDataset(d);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('password shorter than 10'),
        'profile ghost: no user with that key',
        'user lonely: no profile',
      ]),
    );
  });
});
