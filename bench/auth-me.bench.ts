// GET /api/auth/me on the real app (sessions in the embedded store, production password
// hashing, logs silent) against a bare Express 5 route returning the same JSON, measured in the
// same run, alternating bare/ours, and compared by the median. Target: ours ≥ 50% of bare.
//   npx tsx bench/auth-me.bench.ts [--quick]
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import express from 'express';
import { createApp, SESSION_COOKIE } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import type { HttpLoadOptions, HttpLoadResult } from './lib/http-load.js';
import { runHttpLoad } from './lib/http-load.js';
import { formatMachine } from './lib/machine.js';
import type { BenchOptions } from './lib/module.js';
import { int, ms, resultsFileFor, table, writeSection } from './lib/results.js';
import { median } from './lib/stats.js';

export const TARGET_RATIO = 0.5;

interface Plan {
  rounds: number;
  connections: number;
  durationS: number;
  warmupS: number;
}

const FULL: Plan = { rounds: 2, connections: 10, durationS: 10, warmupS: 2 };
const QUICK: Plan = { rounds: 1, connections: 10, durationS: 2, warmupS: 1 };

type Target = 'bare' | 'ours';

export interface AuthMeRun {
  round: number;
  target: Target;
  result: HttpLoadResult;
}

export interface AuthMeSummary {
  requestsPerSec: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface AuthMeBenchResult {
  machine: string;
  plan: Plan;
  runs: AuthMeRun[];
  bare: AuthMeSummary;
  ours: AuthMeSummary;
  ratio: number;
  pass: boolean;
}

interface Running {
  url: string;
  close(): Promise<void>;
}

/** The real app on a fresh data directory, with one registered and signed-in user. */
async function startOurs(): Promise<Running & { cookie: string; meBody: unknown }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-bench-auth-'));
  // Production password-hashing cost on purpose (no passwordHashing override).
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DEMO_DATA: '0' }, { dataDir });
  const app = await createApp(config, { clientDir: null });
  const { port } = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    await app.close(2_000);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const account = {
      email: 'bench.user@example.vn',
      password: 'mat-khau-rat-manh',
      role: 'startup',
      name: 'Người dùng đo tải',
      province: 'lang-son',
    };
    const registered = await postJson(`${url}/api/auth/register`, account);
    if (registered.status !== 201) throw new Error(`register answered ${registered.status}: ${await registered.text()}`);
    const login = await postJson(`${url}/api/auth/login`, { email: account.email, password: account.password });
    if (login.status !== 200) throw new Error(`login answered ${login.status}: ${await login.text()}`);
    const session = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
    if (!session) throw new Error('login set no session cookie');
    const me = await fetch(`${url}/api/auth/me`, { headers: { cookie: session } });
    const meBody = (await me.json()) as { user?: { email?: string } };
    if (me.status !== 200 || meBody.user?.email !== account.email)
      throw new Error(`GET /api/auth/me answered ${me.status} ${JSON.stringify(meBody)}`);
    return { url, cookie: session, meBody, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** A bare Express 5 app: one route answering the same JSON as ours, nothing else. */
async function startBare(body: unknown): Promise<Running> {
  const app = express();
  app.get('/api/auth/me', (_req, res) => {
    res.json(body);
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function summarizeRuns(runs: AuthMeRun[], target: Target): AuthMeSummary {
  const mine = runs.filter((r) => r.target === target).map((r) => r.result);
  return {
    requestsPerSec: median(mine.map((r) => r.requestsPerSec)),
    p50: median(mine.map((r) => r.latency.p50)),
    p95: median(mine.map((r) => r.latency.p95)),
    p99: median(mine.map((r) => r.latency.p99)),
  };
}

export function renderAuthMeResults(result: AuthMeBenchResult): string {
  const { plan } = result;
  const label = (t: Target) => (t === 'bare' ? 'bare Express 5 route' : 'KếtNối `GET /api/auth/me`');
  const runRows = result.runs.map((r) => [
    r.round,
    label(r.target),
    int(r.result.requestsPerSec),
    ms(r.result.latency.p50),
    ms(r.result.latency.p95),
    ms(r.result.latency.p99),
    ms(r.result.latency.max),
    int(r.result.requests),
  ]);
  const summaryRows = (['bare', 'ours'] as const).map((t) => {
    const s = result[t];
    return [label(t), int(s.requestsPerSec), ms(s.p50), ms(s.p95), ms(s.p99)];
  });
  return [
    `autocannon in a child process, ${plan.connections} connections, ${plan.durationS} s measured after ${plan.warmupS} s of warm-up,`,
    `run ${plan.rounds === 1 ? 'once' : `${plan.rounds} times`} alternating bare → ours; latencies in milliseconds (2xx responses).`,
    'Ours is the whole stack as configured in `server/src/app.ts`: request id, pino-http (level silent), helmet,',
    'compression, JSON parser, origin guard, express-session reading the session from the store, Passport',
    'loading the user from the store, and the route (which also looks up the user’s own profile). The bare app',
    'is `express()` with one route answering the same JSON body.',
    '',
    table(['Round', 'Target', 'requests/s', 'p50', 'p95', 'p99', 'max', 'requests'], runRows),
    '',
    'Medians:',
    '',
    table(['Target', 'requests/s', 'p50', 'p95', 'p99'], summaryRows),
    '',
    `**Ours / bare = ${(result.ratio * 100).toFixed(0)}%** (target ≥ ${TARGET_RATIO * 100}%): ${result.pass ? 'met' : 'not met'}.`,
  ].join('\n');
}

export async function run(options: BenchOptions = {}): Promise<AuthMeBenchResult> {
  const plan = options.quick ? QUICK : FULL;
  const ours = await startOurs();
  let bare: Running | null = null;
  const runs: AuthMeRun[] = [];
  try {
    bare = await startBare(ours.meBody);
    const load = (url: string, headers?: Record<string, string>): HttpLoadOptions => ({
      url: `${url}/api/auth/me`,
      connections: plan.connections,
      durationS: plan.durationS,
      warmupS: plan.warmupS,
      ...(headers ? { headers } : {}),
    });
    for (let round = 1; round <= plan.rounds; round++) {
      for (const target of ['bare', 'ours'] as const) {
        const result = await runHttpLoad(target === 'bare' ? load(bare.url) : load(ours.url, { cookie: ours.cookie }));
        if (result.non2xx > 0 || result.errors > 0 || result.requests === 0) {
          throw new Error(`${target}: ${result.non2xx} non-2xx responses and ${result.errors} errors in ${result.requests} requests`);
        }
        console.log(
          `auth-me: round ${round} ${target}: ${int(result.requestsPerSec)} requests/s, p50 ${ms(result.latency.p50)} ms, p99 ${ms(result.latency.p99)} ms`,
        );
        runs.push({ round, target, result });
      }
    }
  } finally {
    await bare?.close();
    await ours.close();
  }
  const bareSummary = summarizeRuns(runs, 'bare');
  const oursSummary = summarizeRuns(runs, 'ours');
  const ratio = oursSummary.requestsPerSec / bareSummary.requestsPerSec;
  const result: AuthMeBenchResult = {
    machine: formatMachine(),
    plan,
    runs,
    bare: bareSummary,
    ours: oursSummary,
    ratio,
    pass: ratio >= TARGET_RATIO,
  };
  console.log(`auth-me: ours / bare = ${(ratio * 100).toFixed(0)}% (target ≥ ${TARGET_RATIO * 100}%)`);
  writeSection({
    name: 'auth-me',
    title: '`GET /api/auth/me` against a bare Express route',
    sizes: `one registered, signed-in user; ${plan.connections} connections${options.quick ? ' (quick smoke run)' : ''}`,
    body: renderAuthMeResults(result),
    file: resultsFileFor(options),
  });
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run({ quick: process.argv.includes('--quick') });
  console.log(renderAuthMeResults(result));
}
