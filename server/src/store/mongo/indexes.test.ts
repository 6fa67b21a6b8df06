import { describe, expect, it } from 'vitest';
import { indexName, indexOptions, isPrimaryKeyIndex } from './indexes.js';

describe('mongo index declarations', () => {
  it('names indexes the way MongoDB and the embedded engine do', () => {
    expect(indexName({ fields: { email: 1 } })).toBe('email_1');
    expect(indexName({ fields: { province: 1, createdAt: -1 } })).toBe('province_1_createdAt_-1');
    expect(indexName({ fields: { 'profile.slug': 1 } })).toBe('profile.slug_1');
    expect(indexName({ fields: { email: 1 }, name: 'users_email' })).toBe('users_email');
  });

  it('maps unique and keeps non-unique indexes plain', () => {
    expect(indexOptions({ fields: { email: 1 }, unique: true })).toEqual({ name: 'email_1', unique: true });
    expect(indexOptions({ fields: { province: 1, createdAt: -1 } })).toEqual({ name: 'province_1_createdAt_-1' });
  });

  it('turns sparse into a partial index requiring every key field', () => {
    expect(indexOptions({ fields: { ownerId: 1, slug: 1 }, unique: true, sparse: true, name: 'owner_slug' })).toEqual({
      name: 'owner_slug',
      unique: true,
      partialFilterExpression: { ownerId: { $exists: true }, slug: { $exists: true } },
    });
  });

  it('refuses an index without fields', () => {
    expect(() => indexOptions({ fields: {} })).toThrow(/at least one field/);
  });

  it('recognises a primary-key declaration only for _id alone', () => {
    expect(isPrimaryKeyIndex({ fields: { _id: 1 }, unique: true })).toBe(true);
    expect(isPrimaryKeyIndex({ fields: { _id: 1, at: -1 } })).toBe(false);
    expect(isPrimaryKeyIndex({ fields: { email: 1 } })).toBe(false);
  });
});
