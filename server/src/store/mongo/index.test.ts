import { describe, expect, it } from 'vitest';
import { createMongoStore, dbNameFromUri, redactUri } from './index.js';

describe('mongo store set-up', () => {
  it('hides credentials in messages', () => {
    expect(redactUri('mongodb://ketnoi:s3cret@mongo:27017/ketnoi?replicaSet=rs0')).toBe('mongodb://***@mongo:27017/ketnoi?replicaSet=rs0');
    expect(redactUri('mongodb://mongo:27017/ketnoi')).toBe('mongodb://mongo:27017/ketnoi');
  });

  it('takes the database name from the URI path', () => {
    expect(dbNameFromUri('mongodb://mongo:27017/ketnoi?replicaSet=rs0')).toBe('ketnoi');
    expect(dbNameFromUri('mongodb://a:1,b:2,c:3/prov_lang_son')).toBe('prov_lang_son');
    expect(dbNameFromUri('mongodb+srv://u:p@cluster.example.net/kn?retryWrites=true')).toBe('kn');
    expect(dbNameFromUri('mongodb://mongo:27017/?replicaSet=rs0')).toBeUndefined();
    expect(dbNameFromUri('mongodb://mongo:27017')).toBeUndefined();
  });

  it('fails with a readable message, without the password, when no server answers', async () => {
    const started = Date.now();
    const attempt = createMongoStore({
      uri: 'mongodb://user:hunter2@127.0.0.1:9/ketnoi?directConnection=true',
      serverSelectionTimeoutMS: 300,
    });
    const error = await attempt.then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error?.message).toMatch(/^Cannot connect to MongoDB at mongodb:\/\/\*\*\*@127\.0\.0\.1:9\/ketnoi/);
    expect(error?.message).not.toContain('hunter2');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
