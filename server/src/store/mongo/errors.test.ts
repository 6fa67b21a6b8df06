import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { DuplicateKeyError } from '../types.js';
import { duplicateKeyIndex, translateError } from './errors.js';

const serverError = (fields: Record<string, unknown>) => new mongoose.mongo.MongoServerError({ errmsg: 'failed', ...fields } as never);

describe('duplicate-key translation', () => {
  it('reads the index name from the E11000 message', () => {
    const error = serverError({
      code: 11000,
      errmsg: 'E11000 duplicate key error collection: ketnoi.users index: email_1 dup key: { email: "a@b.vn" }',
      keyPattern: { email: 1 },
    });
    expect(duplicateKeyIndex(error)).toBe('email_1');
    const translated = translateError(error, 'users');
    expect(translated).toBeInstanceOf(DuplicateKeyError);
    expect(translated).toMatchObject({ collection: 'users', index: 'email_1' });
    expect((translated as Error & { cause?: unknown }).cause).toBe(error);
  });

  it('reports the primary key as `_id`, like the embedded engine', () => {
    const error = serverError({
      code: 11000,
      errmsg: 'E11000 duplicate key error collection: ketnoi.users index: _id_ dup key: { _id: "u1" }',
    });
    expect(duplicateKeyIndex(error)).toBe('_id');
  });

  it('finds the error inside a bulk write (insertMany)', () => {
    const bulk = {
      name: 'MongoBulkWriteError',
      code: 11000,
      message: 'E11000 duplicate key error collection: ketnoi.needs index: owner_slug dup key: { ownerId: "a", slug: "b" }',
      writeErrors: [
        { code: 11000, index: 1, errmsg: 'E11000 duplicate key error collection: ketnoi.needs index: owner_slug dup key: { }' },
      ],
    };
    expect(duplicateKeyIndex(bulk)).toBe('owner_slug');
    const single = { writeErrors: { code: 11000, errmsg: 'E11000 duplicate key error collection: x.y index: a_1 dup key: { a: 1 }' } };
    expect(duplicateKeyIndex(single)).toBe('a_1');
  });

  it('falls back to the key pattern when the message names no index', () => {
    const error = serverError({ code: 11000, errmsg: 'E11000 duplicate key error', keyPattern: { phone: 1 } });
    expect(duplicateKeyIndex(error, (pattern) => (Object.keys(pattern)[0] === 'phone' ? 'phone_unique' : undefined))).toBe('phone_unique');
    expect(duplicateKeyIndex(error)).toBe('unknown');
  });

  it('leaves every other error untouched, labels included', () => {
    const conflict = serverError({ code: 112, codeName: 'WriteConflict', errorLabels: ['TransientTransactionError'] });
    expect(duplicateKeyIndex(conflict)).toBeNull();
    expect(translateError(conflict, 'users')).toBe(conflict);
    expect(
      (translateError(conflict, 'users') as InstanceType<typeof mongoose.mongo.MongoServerError>).hasErrorLabel(
        'TransientTransactionError',
      ),
    ).toBe(true);
    const plain = new TypeError('nope');
    expect(translateError(plain, 'users')).toBe(plain);
    expect(duplicateKeyIndex(null)).toBeNull();
  });
});
