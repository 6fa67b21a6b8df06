// Probes the endpoints people hit most, and the ones that scan, against the production bundle
// running in a child process on a regional store (regionalStore.ts): each endpoint one request at a
// time after a warm-up, with the sessions of the people who call it (admin, a province's staff, the
// busiest startup, an expert), and the server's memory before and after a few thousand requests.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../../server/src/nodeFlags.js';
import { BENCH_ADMIN } from './filledApp.js';
import { regionalEnv } from './regionalBuild.js';
import type { RegionalIds } from './regionalStore.js';
import { STAFF_PASSWORD } from './regionalStore.js';
import { type Stats, summarize } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(dataDir: string, port: number, extraFlags: string[] = []): Promise<RunningServer> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...extraFlags, path.join(ROOT, 'server/dist/main.js')], {
    cwd: ROOT,
    env: { ...process.env, ...regionalEnv, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, child, stop };
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login ${email} answered ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('kn.sid='))!;
}

export interface Probe {
  name: string;
  who: 'anonymous' | 'admin' | 'staff' | 'startup' | 'expert';
  /** The path of the i-th request (vary parameters so caches of one answer do not flatter). */
  path: (i: number) => string;
  /** Follow the answer's nextCursor for this many pages (paging probes). */
  pages?: number;
}

export interface ProbeResult {
  name: string;
  who: string;
  stats: Stats;
  bytes: number;
  items: number | null;
}

export async function runProbe(url: string, cookies: Record<string, string>, probe: Probe, requests: number, warmup: number) {
  const samples: number[] = [];
  let bytes = 0;
  let items: number | null = null;
  const headers: Record<string, string> = { 'accept-encoding': 'gzip, br' };
  if (probe.who !== 'anonymous') headers.cookie = cookies[probe.who]!;
  for (let i = 0; i < warmup + requests; i++) {
    let target = probe.path(i);
    const t0 = performance.now();
    const res = await fetch(`${url}${target}`, { headers });
    const body = await res.text();
    const t1 = performance.now();
    if (res.status !== 200) throw new Error(`${probe.name}: ${target} answered ${res.status} ${body.slice(0, 300)}`);
    if (i >= warmup) {
      samples.push(t1 - t0);
      bytes = body.length;
      if (body.startsWith('{')) {
        const json = JSON.parse(body) as { items?: unknown[]; nextCursor?: string | null };
        items = Array.isArray(json.items) ? json.items.length : null;
        // Pages after the first, each timed as its own request.
        let cursor = json.nextCursor;
        for (let p = 1; p < (probe.pages ?? 1) && cursor; p++) {
          target = `${probe.path(i)}${probe.path(i).includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`;
          const s0 = performance.now();
          const next = await fetch(`${url}${target}`, { headers });
          const page = (await next.json()) as { nextCursor?: string | null };
          samples.push(performance.now() - s0);
          cursor = page.nextCursor;
        }
      }
    }
  }
  return { name: probe.name, who: probe.who, stats: summarize(samples), bytes, items };
}

export async function sessionsFor(url: string, ids: RegionalIds): Promise<Record<string, string>> {
  const demoPassword = (await import('@ketnoi/seeds')).DEMO_PASSWORD;
  return {
    admin: await login(url, BENCH_ADMIN.email, BENCH_ADMIN.password),
    staff: await login(url, ids.staffEmail, STAFF_PASSWORD),
    startup: await login(url, ids.busyStartup.email, demoPassword),
    expert: await login(url, ids.helpers[0]!.email, demoPassword),
  };
}

const WORDS = ['mat ong', 'nhãn hiệu', 'chè', 'du lịch', 'phần mềm', 'gạo', 'luật', 'vốn', 'thiết kế', 'cà phê'];
const PROVINCES = ['ha-noi', 'da-nang', 'lang-son', 'tp-ho-chi-minh', 'lao-cai', 'hue'];

export function probesFor(ids: RegionalIds): Probe[] {
  const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;
  const q = (i: number) => encodeURIComponent(pick(WORDS, i));
  const { bigEventId, callEventId } = ids;
  const probes: Probe[] = [
    { name: 'GET /api/health (baseline: the stack, three engine pings)', who: 'anonymous', path: () => `/api/health` },
    { name: 'GET /api/search (facets)', who: 'anonymous', path: (i) => `/api/search?q=${q(i)}&limit=20` },
    { name: 'GET /api/search, province filter', who: 'anonymous', path: (i) => `/api/search?q=${q(i)}&province=${pick(PROVINCES, i)}` },
    { name: 'GET /api/matches (startup → expert)', who: 'startup', path: () => `/api/matches?kind=expert` },
    { name: 'GET /api/matches (startup → investor)', who: 'startup', path: () => `/api/matches?kind=investor` },
    { name: 'GET /api/matches (startup → provider)', who: 'startup', path: () => `/api/matches?kind=provider` },
    { name: 'GET /api/matches (startup → opportunity)', who: 'startup', path: () => `/api/matches?kind=opportunity` },
    { name: 'GET /api/matches (expert → startup)', who: 'expert', path: () => `/api/matches` },
    { name: 'GET /api/profiles (directory, no filter)', who: 'anonymous', path: () => `/api/profiles`, pages: 3 },
    {
      name: 'GET /api/profiles (kind + province)',
      who: 'anonymous',
      path: (i) => `/api/profiles?kind=${pick(['startup', 'expert', 'provider'], i)}&province=${pick(PROVINCES, i)}`,
    },
    {
      name: 'GET /api/profiles (verified + need)',
      who: 'anonymous',
      path: (i) => `/api/profiles?verified=true&need=${pick(['legal', 'funding', 'marketing'], i)}`,
    },
    { name: 'GET /api/profiles (q)', who: 'anonymous', path: (i) => `/api/profiles?q=${q(i)}` },
    { name: 'GET /api/needs (staff, province)', who: 'staff', path: () => `/api/needs`, pages: 3 },
    {
      name: 'GET /api/needs (admin, all)',
      who: 'admin',
      path: (i) => `/api/needs?status=open&category=${pick(['legal', 'funding', 'marketing'], i)}`,
    },
    { name: 'GET /api/intros?box=incoming (expert)', who: 'expert', path: () => `/api/intros?box=incoming` },
    { name: 'GET /api/intros?box=all (expert)', who: 'expert', path: () => `/api/intros` },
    { name: 'GET /api/intros?box=incoming (busiest startup)', who: 'startup', path: () => `/api/intros?box=incoming` },
    { name: 'GET /api/intros?box=outgoing (busiest startup)', who: 'startup', path: () => `/api/intros?box=outgoing`, pages: 3 },
    { name: 'GET /api/intros (staff, province)', who: 'staff', path: () => `/api/intros`, pages: 2 },
    { name: 'GET /api/conversations (busiest startup)', who: 'startup', path: () => `/api/conversations`, pages: 2 },
    {
      name: 'GET /api/conversations/:id/messages (10 000-message thread)',
      who: 'startup',
      path: () => `/api/conversations/${ids.busyConversationId}/messages`,
      pages: 5,
    },
    { name: 'GET /api/staff/queue (staff)', who: 'staff', path: () => `/api/staff/queue` },
    { name: 'GET /api/staff/queue (admin, all)', who: 'admin', path: () => `/api/staff/queue` },
    { name: 'GET /api/reports/summary (staff, province)', who: 'staff', path: () => `/api/reports/summary` },
    { name: 'GET /api/reports/summary (admin, all)', who: 'admin', path: () => `/api/reports/summary` },
    { name: 'GET /api/reports/export.csv intros (staff)', who: 'staff', path: () => `/api/reports/export.csv?type=intros` },
    { name: 'GET /api/reports/export.csv needs (admin, all)', who: 'admin', path: () => `/api/reports/export.csv?type=needs` },
    { name: 'GET /api/reports/events (staff)', who: 'staff', path: () => `/api/reports/events` },
    { name: 'GET /api/reports/events (admin, all)', who: 'admin', path: () => `/api/reports/events` },
    {
      name: 'GET /api/public/stats',
      who: 'anonymous',
      path: (i) => (i % 2 ? `/api/public/stats?province=${pick(PROVINCES, i)}` : '/api/public/stats'),
    },
    {
      name: 'GET /api/events (calendar)',
      who: 'anonymous',
      path: (i) => (i % 2 ? `/api/events?province=${pick(PROVINCES, i)}` : '/api/events'),
      pages: 2,
    },
    { name: 'GET /api/events/:id/registrations (admin)', who: 'admin', path: () => `/api/events/${bigEventId}/registrations`, pages: 3 },
    { name: 'GET /api/events/:id/suggestions (busiest startup)', who: 'startup', path: () => `/api/events/${bigEventId}/suggestions` },
    { name: 'GET /api/events/:id/results (normalised, admin)', who: 'admin', path: () => `/api/events/${callEventId}/results` },
    { name: 'GET /sitemap.xml', who: 'anonymous', path: () => `/sitemap.xml` },
    { name: 'GET / (first paint)', who: 'anonymous', path: () => `/` },
    { name: 'GET /p/:id (first paint)', who: 'anonymous', path: (i) => `/p/${ids.profileIds[(i * 7919) % ids.profileIds.length]}` },
    { name: 'GET /api/intros?box=outgoing (busiest startup)', who: 'startup', path: () => `/api/intros?box=outgoing`, pages: 1 },
    { name: 'GET /api/profiles/:id', who: 'anonymous', path: (i) => `/api/profiles/${ids.profileIds[(i * 7919) % ids.profileIds.length]}` },
  ];
  return probes.filter((p, i, all) => all.findIndex((o) => o.name === p.name) === i);
}

/** The server process's resident memory in MB (Linux /proc). */
export async function rssMb(pid: number): Promise<number> {
  const fs = await import('node:fs/promises');
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}
