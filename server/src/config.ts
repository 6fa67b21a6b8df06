// One typed configuration, validated at boot. Every variable is documented in the README.
// `loadConfig` never reads process.env by itself in tests: they pass their own env object.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD } from '@ketnoi/seeds';
import { z } from 'zod';

/** A yes/no switch; undefined when unset, so the default can depend on other variables. */
const bool = () =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
    .optional()
    .transform((v) => (v === undefined ? undefined : ['1', 'true', 'yes', 'on'].includes(v)));

/** A whole number in plain decimal digits: Number() would also read "0x10" as 16 and "1e3" as 1000. */
const int = (fallback: number, min: number, max: number) =>
  z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .optional()
    .transform((v) => v ?? fallback);

/** A URL of one of `protocols` that names a host (`smtp://` alone would quietly mean localhost). */
const url = (protocols: string[], example: string) =>
  z.string().superRefine((v, ctx) => {
    const parsed = URL.canParse(v) ? new URL(v) : null;
    if (!parsed) ctx.addIssue({ code: 'custom', message: `must be a URL such as ${example}` });
    else if (!protocols.includes(parsed.protocol)) ctx.addIssue({ code: 'custom', message: `must start with ${protocols.join(' or ')}` });
    else if (!parsed.hostname) ctx.addIssue({ code: 'custom', message: `must name a host, such as ${example}` });
  });

/**
 * A MongoDB connection string. WHATWG URLs cannot hold a replica set's seed list
 * (`host1:27017,host2:27017`), so the hosts are checked one by one; `mongodb+srv:` names one host
 * without a port.
 */
function isMongodbUri(v: string): boolean {
  const match = /^mongodb(\+srv)?:\/\/([^/?#]*)(?:[/?][^#]*)?$/.exec(v);
  if (!match) return false;
  const authority = match[2]!;
  const hosts = authority.slice(authority.lastIndexOf('@') + 1).split(',');
  if (!hosts.every((h) => /^(?:\[[0-9a-fA-F:.]+\]|[^\s:@[\]]+)(?::\d{1,5})?$/.test(h))) return false;
  return !match[1] || (hosts.length === 1 && !hosts[0]!.includes(':'));
}

const mongodbUri = (example: string) =>
  z.string().superRefine((v, ctx) => {
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(v)?.[1]?.toLowerCase();
    if (scheme && scheme !== 'mongodb' && scheme !== 'mongodb+srv')
      ctx.addIssue({ code: 'custom', message: 'must start with mongodb: or mongodb+srv:' });
    else if (!isMongodbUri(v)) ctx.addIssue({ code: 'custom', message: `must be a URL such as ${example}` });
  });

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).optional().default('development'),
    PORT: int(3000, 0, 65535),
    HOST: z.string().min(1).optional().default('0.0.0.0'),
    DATA_DIR: z.string().min(1).optional().default('./data'),
    PUBLIC_ORIGIN: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (!v) return [];
        const origins = v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const valid = origins.filter((o) => URL.canParse(o) && ['http:', 'https:'].includes(new URL(o).protocol));
        for (const o of origins.filter((o) => !valid.includes(o)))
          ctx.addIssue({ code: 'custom', message: `"${o}" is not an http(s) origin such as https://ketnoi.langson.gov.vn` });
        return valid.map((o) => new URL(o).origin);
      }),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    ADMIN_EMAIL: z.string().email().optional(),
    ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
    DEMO_DATA: bool(),
    MONGODB_URI: mongodbUri('mongodb://mongo:27017/ketnoi?replicaSet=rs0').optional(),
    MEILI_URL: url(['http:', 'https:'], 'http://meilisearch:7700').optional(),
    MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
    MEILI_API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
    REDIS_URL: url(['redis:', 'rediss:'], 'redis://redis:6379').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional().default('info'),
    TRUST_PROXY: int(0, 0, 10),
    STORE_SYNC: z.enum(['normal', 'full']).optional().default('normal'),
    INTRO_EXPIRY_DAYS: int(7, 1, 90),
    SESSION_MAX_AGE_DAYS: int(14, 1, 365),
    LOGIN_MAX_FAILURES: int(5, 1, 1000),
    LOGIN_MAX_FAILURES_PER_IP: int(100, 1, 100_000),
    LOGIN_WINDOW_MINUTES: int(15, 1, 24 * 60),
    REGISTER_MAX_PER_HOUR: int(1000, 1, 1_000_000),
    SMTP_URL: url(['smtp:', 'smtps:'], 'smtp://user:pass@mail.example.vn:587').optional(),
    MAIL_FROM: z
      .string()
      // No control characters: the value becomes the From header of every mail.
      .regex(
        // eslint-disable-next-line no-control-regex -- refusing control characters is the point
        /^(?:[^<>\u0000-\u001f\u007f]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/,
        'must be an address such as "KếtNối <no-reply@ketnoi.vn>"',
      )
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
      ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together' });
    }
    // The demo password is printed in the README and at every start: a production admin with it is an open door.
    if (env.NODE_ENV === 'production' && env.ADMIN_PASSWORD?.normalize('NFC') === DEMO_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: 'is the published demo password; choose another' });
    }
  });

export type Env = Record<string, string | undefined>;

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  /** Allowed browser origins for state-changing requests and Socket.IO (besides same-origin). */
  publicOrigins: string[];
  sessionSecret: string;
  /** Cookies get `Secure` when the public origin is https. */
  secureCookies: boolean;
  admin: { email: string; password: string } | null;
  demoData: boolean;
  mongodbUri: string | null;
  /** `apiKey` (MEILI_API_KEY) is used as is; else the master key makes a scoped key at setup. */
  meili: { url: string; masterKey: string | null; apiKey: string | null } | null;
  redisUrl: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  trustProxy: number;
  storeSync: 'normal' | 'full';
  introExpiryDays: number;
  sessionMaxAgeDays: number;
  throttle: {
    loginMaxFailures: number;
    loginMaxFailuresPerIp: number;
    loginWindowMinutes: number;
    registerMaxPerHour: number;
  };
  /** Mail: SMTP when `smtpUrl` is set, else `.eml` files under DATA_DIR/mail. */
  mail: { smtpUrl: string | null; from: string };
  /** Body size limit for JSON requests. */
  bodyLimit: string;
  /** Parse every JSON answer against its declared schema (on in tests: a drift from the contract fails). */
  checkResponses: boolean;
  /** Password hashing cost (argon2id); tests may lower it, production never should. */
  passwordHashing: { memoryCost: number; timeCost: number; parallelism: number };
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * An empty (or blank) variable counts as unset: compose passes `NAME=` from an `.env` line as an
 * empty string, and a deployment that leaves an optional setting empty means "use the default".
 */
function withoutBlanks(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
}

/** How a bad value is echoed: never secrets, and URLs without their password. */
function shown(name: string, value: string | undefined): string {
  if (value === undefined || /SECRET|PASSWORD|KEY/.test(name)) return '';
  return ` (got ${JSON.stringify(value.replace(/\/\/([^/@:]*):[^/@]*@/, '//$1:***@'))})`;
}

/** Parse and validate the environment. Throws ConfigError with one readable line per problem. */
export function loadConfig(rawEnv: Env, overrides: Partial<Config> = {}): Config {
  const env = withoutBlanks(rawEnv);
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.') || 'environment';
        return `${name}: ${issue.message}${issue.path.length ? shown(name, env[String(issue.path[0])]) : ''}`;
      }),
    );
  }
  const e = parsed.data;
  const dataDir = path.resolve(overrides.dataDir ?? e.DATA_DIR);
  const publicOrigins = overrides.publicOrigins ?? e.PUBLIC_ORIGIN;
  const config: Config = {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    publicOrigins,
    sessionSecret: e.SESSION_SECRET ?? '',
    secureCookies: publicOrigins.length > 0 && publicOrigins.every((o) => o.startsWith('https:')),
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD } : null,
    // Demo accounts have a published password: production loads them only when asked to.
    demoData: e.DEMO_DATA ?? e.NODE_ENV !== 'production',
    mongodbUri: e.MONGODB_URI ?? null,
    meili: e.MEILI_URL ? { url: e.MEILI_URL, masterKey: e.MEILI_MASTER_KEY ?? null, apiKey: e.MEILI_API_KEY ?? null } : null,
    redisUrl: e.REDIS_URL ?? null,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    storeSync: e.STORE_SYNC,
    introExpiryDays: e.INTRO_EXPIRY_DAYS,
    sessionMaxAgeDays: e.SESSION_MAX_AGE_DAYS,
    throttle: {
      loginMaxFailures: e.LOGIN_MAX_FAILURES,
      loginMaxFailuresPerIp: e.LOGIN_MAX_FAILURES_PER_IP,
      loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
      registerMaxPerHour: e.REGISTER_MAX_PER_HOUR,
    },
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM ?? defaultSender(publicOrigins) },
    bodyLimit: '1mb',
    checkResponses: e.NODE_ENV === 'test',
    passwordHashing: { memoryCost: 19_456, timeCost: 2, parallelism: 1 },
    ...overrides,
  };
  if (!config.sessionSecret) config.sessionSecret = readOrCreateSessionSecret(dataDir);
  return config;
}

/** Without MAIL_FROM: no-reply at the public origin's host. */
function defaultSender(publicOrigins: string[]): string {
  const host = publicOrigins[0] ? new URL(publicOrigins[0]).hostname : 'localhost';
  return `KếtNối <no-reply@${host}>`;
}

/** SESSION_SECRET is optional: generate one on first start and keep it in the data directory. */
function readOrCreateSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not created yet
  }
  // Written whole to a file of our own, then linked into place, which fails if another process starting
  // on the same directory got there first: both then use the first one, and no session is lost later.
  const secret = crypto.randomBytes(48).toString('base64url');
  const draft = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(draft, `${secret}\n`, { mode: 0o600 });
  try {
    fs.linkSync(draft, file);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const first = fs.readFileSync(file, 'utf8').trim();
    if (first.length >= 32) return first;
    fs.renameSync(draft, file); // a file too short to be a secret: replace it
    return secret;
  } finally {
    fs.rmSync(draft, { force: true });
  }
}
