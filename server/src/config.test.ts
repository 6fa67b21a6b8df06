import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type Env } from './config.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-config-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const load = (env: Env) => loadConfig({ DATA_DIR: dataDir, ...env });

function problems(env: Env): string[] {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('empty variables count as unset', () => {
  it('starts on the embedded engines when compose passes MONGODB_URI=, MEILI_URL= and REDIS_URL=', () => {
    const config = load({ MONGODB_URI: '', MEILI_URL: '', REDIS_URL: '', MEILI_MASTER_KEY: '' });
    expect(config.mongodbUri).toBeNull();
    expect(config.meili).toBeNull();
    expect(config.redisUrl).toBeNull();
  });

  it('gives every other variable its default when it is empty or blank', () => {
    const config = load({
      PORT: '',
      HOST: ' ',
      NODE_ENV: '',
      PUBLIC_ORIGIN: '',
      SESSION_SECRET: '',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      DEMO_DATA: '',
      LOG_LEVEL: '',
      TRUST_PROXY: '',
      STORE_SYNC: '',
      LOGIN_MAX_FAILURES: '',
    });
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      env: 'development',
      publicOrigins: [],
      admin: null,
      demoData: true,
      logLevel: 'info',
      trustProxy: 0,
      storeSync: 'normal',
    });
    // The generated secret, not an empty one.
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });
});

describe('bad values are named in words', () => {
  it('names a URL that does not parse, with an example', () => {
    expect(problems({ REDIS_URL: '//redis:6379', MEILI_URL: 'meili', MONGODB_URI: 'not a uri' })).toEqual([
      'MONGODB_URI: must be a URL such as mongodb://mongo:27017/ketnoi?replicaSet=rs0 (got "not a uri")',
      'MEILI_URL: must be a URL such as http://meilisearch:7700 (got "meili")',
      'REDIS_URL: must be a URL such as redis://redis:6379 (got "//redis:6379")',
    ]);
    // "host:port" parses as a URL of scheme "host:".
    expect(problems({ REDIS_URL: 'redis-host:6379' })).toEqual(['REDIS_URL: must start with redis: or rediss: (got "redis-host:6379")']);
  });

  it('names a URL of the wrong kind without echoing its password', () => {
    expect(problems({ MONGODB_URI: 'http://admin:hunter2@db:27017/ketnoi' })).toEqual([
      'MONGODB_URI: must start with mongodb: or mongodb+srv: (got "http://admin:***@db:27017/ketnoi")',
    ]);
    expect(problems({ REDIS_URL: 'http://:hunter2@cache:6379' })).toEqual([
      'REDIS_URL: must start with redis: or rediss: (got "http://:***@cache:6379")',
    ]);
  });

  it('never echoes secrets', () => {
    const [issue] = problems({ SESSION_SECRET: 'too-short' });
    expect(issue).toBe('SESSION_SECRET: must be at least 32 characters');
  });
});

describe('demo data default', () => {
  it('is on in development and test, and off in production unless DEMO_DATA asks for it', () => {
    expect(load({}).demoData).toBe(true);
    expect(load({ NODE_ENV: 'test' }).demoData).toBe(true);
    expect(load({ NODE_ENV: 'production' }).demoData).toBe(false);
    expect(load({ NODE_ENV: 'production', DEMO_DATA: '' }).demoData).toBe(false);
    expect(load({ NODE_ENV: 'production', DEMO_DATA: '1' }).demoData).toBe(true);
    expect(load({ NODE_ENV: 'development', DEMO_DATA: '0' }).demoData).toBe(false);
  });
});
