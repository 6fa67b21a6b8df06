// The real entry point (server/src/main.ts) started as its own process with a given environment,
// the way compose or `npm start` start it: what an operator sees when the environment is wrong.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, demoEmail } from '@ketnoi/seeds';
import { afterAll, describe, expect, it } from 'vitest';
import { TestClient } from './helpers/testClient.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const entry = path.resolve(here, '../src/main.ts');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function freshDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-boot-'));
  dirs.push(dir);
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Start main.ts with exactly `env` (plus PATH/HOME); `whileRunning` gets the URL once it listens, then SIGTERM. */
function runMain(env: Record<string, string>, whileRunning?: (url: string) => Promise<void>): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let checked: Promise<void> = Promise.resolve();
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const url = /KếtNối is running at (http:\/\/\S+)/.exec(stdout)?.[1];
    if (url && whileRunning) {
      const run = whileRunning;
      whileRunning = undefined;
      checked = run(url).finally(() => child.kill('SIGTERM'));
    }
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`main.ts did not finish:\n${stdout}\n${stderr}`));
    }, 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      checked.then(() => resolve({ code, stdout, stderr }), reject);
    });
  });
}

const stackLine = /^\s+at /m;

describe('main.ts with a bad environment', () => {
  it('exits 1 with one readable line per bad variable and no stack', async () => {
    const run = await runMain({ DATA_DIR: freshDir(), REDIS_URL: 'localhost:6379', MEILI_URL: 'meili', LOGIN_MAX_FAILURES: 'ten' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('KếtNối cannot start.');
    expect(run.stderr).toContain('REDIS_URL: must start with redis: or rediss: (got "localhost:6379")');
    expect(run.stderr).toContain('MEILI_URL: must be a URL such as http://meilisearch:7700 (got "meili")');
    expect(run.stderr).toContain('LOGIN_MAX_FAILURES:');
    expect(run.stderr).not.toMatch(stackLine);
    expect(run.stderr).not.toContain('TypeError');
  }, 60_000);

  it('tells a failure after validation in words, without a stack', async () => {
    // DATA_DIR names a file: the data directory cannot be created.
    const file = path.join(freshDir(), 'not-a-directory');
    fs.writeFileSync(file, '');
    const run = await runMain({ DATA_DIR: file });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/KếtNối failed to start: .*not-a-directory/);
    expect(run.stderr).toContain('LOG_LEVEL=debug');
    expect(run.stderr).not.toMatch(stackLine);
  }, 60_000);
});

describe('main.ts with ADMIN_EMAIL on an empty data directory in production', () => {
  it('lets that administrator in and says so in the banner', async () => {
    const admin = { email: 'quan.tri@langson.gov.vn', password: 'mat-khau-quan-tri-dai' };
    const run = await runMain(
      { NODE_ENV: 'production', DATA_DIR: freshDir(), LOG_LEVEL: 'warn', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password },
      async (url) => {
        const res = await new TestClient(url).post('/api/auth/login', admin);
        expect(res.status).toBe(200);
        expect(res.body.user.role).toBe('admin');
      },
    );
    expect(run.stdout).toContain(`Admin: ${admin.email} (password from ADMIN_PASSWORD)`);
    expect(run.stdout).not.toContain('No administrator yet');
    expect(run.stdout).not.toContain(admin.password);
    expect(run.code).toBe(0);
  }, 60_000);
});

describe('main.ts with empty variables, as compose passes them from `NAME=` lines', () => {
  it('starts on the embedded engines, loads no demo data in production, and stops cleanly', async () => {
    const run = await runMain(
      {
        NODE_ENV: 'production',
        DATA_DIR: freshDir(),
        LOG_LEVEL: 'warn',
        MONGODB_URI: '',
        MEILI_URL: '',
        MEILI_MASTER_KEY: '',
        REDIS_URL: '',
        SESSION_SECRET: '',
        ADMIN_EMAIL: '',
        ADMIN_PASSWORD: '',
        DEMO_DATA: '',
        PUBLIC_ORIGIN: '',
        TRUST_PROXY: '',
      },
      async (url) => {
        const health = await fetch(`${url}/api/health`).then((r) => r.json() as Promise<Record<string, any>>);
        expect(health.store.engine).toBe('embedded');
        expect(health.search.engine).toBe('embedded');
        // No demo data: the demo admin's published password opens nothing.
        const res = await new TestClient(url).post('/api/auth/login', { email: demoEmail('admin'), password: DEMO_PASSWORD });
        expect(res.status).toBe(401);
        const search = await fetch(`${url}/api/search?q=mat%20ong`).then((r) => r.json() as Promise<{ items: unknown[] }>);
        expect(search.items).toEqual([]);
      },
    );
    expect(run.stderr).not.toMatch(stackLine);
    expect(run.stdout).not.toContain('Demo data loaded');
    // No account can make staff or admins: the banner says how the first administrator gets in.
    expect(run.stdout).toContain('No administrator yet: set ADMIN_EMAIL and ADMIN_PASSWORD and restart');
    expect(run.code).toBe(0);
  }, 60_000);
});
