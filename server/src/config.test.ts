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

describe('the session secret kept in the data directory', () => {
  it('is made once, kept across starts, and a file too short to be one is replaced', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-secret-'));
    try {
      const first = loadConfig({ DATA_DIR: dir }).sessionSecret;
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(first);
      expect(fs.readdirSync(dir)).toEqual(['session-secret']); // no draft left behind
      expect(fs.statSync(path.join(dir, 'session-secret')).mode & 0o777).toBe(0o600);

      fs.writeFileSync(path.join(dir, 'session-secret'), 'short\n');
      const replaced = loadConfig({ DATA_DIR: dir }).sessionSecret;
      expect(replaced).not.toBe('short');
      expect(replaced.length).toBeGreaterThanOrEqual(32);
      expect(fs.readFileSync(path.join(dir, 'session-secret'), 'utf8').trim()).toBe(replaced);
      expect(fs.readdirSync(dir)).toEqual(['session-secret']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
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

  it('refuses the published demo password for a production admin, without echoing it', () => {
    const admin = { ADMIN_EMAIL: 'root@ketnoi.example.vn', ADMIN_PASSWORD: 'ketnoi-demo-2025' };
    const [issue] = problems({ NODE_ENV: 'production', ...admin });
    expect(issue).toBe('ADMIN_PASSWORD: is the published demo password; choose another');
    expect(load({ NODE_ENV: 'development', ...admin }).admin).toEqual({ email: 'root@ketnoi.example.vn', password: 'ketnoi-demo-2025' });
    expect(load({ NODE_ENV: 'production', ...admin, ADMIN_PASSWORD: 'a-long-secret-of-its-own' }).admin?.password).toBe(
      'a-long-secret-of-its-own',
    );
  });
});

describe('values that look almost right are refused, not guessed at', () => {
  it('takes numbers only as plain decimal digits', () => {
    // Number() would read "0x10" as 16 and "1e3" as 1000: PORT=0x10 listened on port 16.
    expect(problems({ PORT: '0x10', TRUST_PROXY: '1e1', LOGIN_MAX_FAILURES: '5.5', REGISTER_MAX_PER_HOUR: '-3' })).toEqual([
      'PORT: must be a whole number from 0 to 65535 (got "0x10")',
      'TRUST_PROXY: must be a whole number from 0 to 10 (got "1e1")',
      'LOGIN_MAX_FAILURES: must be a whole number from 1 to 1000 (got "5.5")',
      'REGISTER_MAX_PER_HOUR: must be a whole number from 1 to 1000000 (got "-3")',
    ]);
    expect(problems({ PORT: '65536' })).toEqual(['PORT: must be a whole number from 0 to 65535 (got "65536")']);
    expect(load({ PORT: ' 8080 ', TRUST_PROXY: '0' })).toMatchObject({ port: 8080, trustProxy: 0 });
    expect(load({ PORT: '0' }).port).toBe(0);
  });

  it('names a PUBLIC_ORIGIN that is not a URL in the list, instead of failing later', () => {
    expect(problems({ PUBLIC_ORIGIN: 'ketnoi.langson.gov.vn', LOG_LEVEL: 'loud' })).toEqual([
      'PUBLIC_ORIGIN: "ketnoi.langson.gov.vn" is not an http(s) origin such as https://ketnoi.langson.gov.vn (got "ketnoi.langson.gov.vn")',
      'LOG_LEVEL: Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent" (got "loud")',
    ]);
  });

  it('refuses a URL that names no host', () => {
    expect(problems({ SMTP_URL: 'smtp://', REDIS_URL: 'redis://', MEILI_URL: 'http://', MONGODB_URI: 'mongodb:///ketnoi' })).toEqual([
      'MONGODB_URI: must be a URL such as mongodb://mongo:27017/ketnoi?replicaSet=rs0 (got "mongodb:///ketnoi")',
      'MEILI_URL: must be a URL such as http://meilisearch:7700 (got "http://")',
      'REDIS_URL: must name a host, such as redis://redis:6379 (got "redis://")',
      'SMTP_URL: must name a host, such as smtp://user:pass@mail.example.vn:587 (got "smtp://")',
    ]);
  });

  it('accepts a MongoDB URI listing every member of a replica set, as docs/DEPLOYMENT.md says to', () => {
    const uri = 'mongodb://ketnoi:p%40ss@mongo1:27017,mongo2:27017,mongo3:27018/ketnoi?replicaSet=rs0&authSource=admin';
    expect(load({ MONGODB_URI: uri }).mongodbUri).toBe(uri);
    expect(load({ MONGODB_URI: 'mongodb+srv://ketnoi:secret@cluster0.example.net/ketnoi' }).mongodbUri).toBe(
      'mongodb+srv://ketnoi:secret@cluster0.example.net/ketnoi',
    );
    expect(problems({ MONGODB_URI: 'mongodb://ketnoi:hunter2@mongo1:27017,/ketnoi' })).toEqual([
      'MONGODB_URI: must be a URL such as mongodb://mongo:27017/ketnoi?replicaSet=rs0 (got "mongodb://ketnoi:***@mongo1:27017,/ketnoi")',
    ]);
  });

  it('refuses a MAIL_FROM with a line break (it becomes a mail header)', () => {
    expect(problems({ MAIL_FROM: 'KếtNối\nBcc: someone@example.vn <no-reply@ketnoi.vn>' })).toHaveLength(1);
    expect(load({ MAIL_FROM: 'KếtNối Lạng Sơn <no-reply@ketnoi.langson.gov.vn>' }).mail.from).toBe(
      'KếtNối Lạng Sơn <no-reply@ketnoi.langson.gov.vn>',
    );
  });
});
