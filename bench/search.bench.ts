// Search through HTTP at 10k and 100k generated profiles, beside the same engine called
// directly in the same run on the same index; the time to rebuild the index from the store;
// and the server's memory with the store and index loaded.
// Requests come one at a time from a separate client process (forked with --search-client),
// so the client never shares the server's event loop.
//   npx tsx bench/search.bench.ts [--quick]
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FACET_NAMES, type SearchFilters } from '@ketnoi/search';
import type { FilledApp } from './lib/filledApp.js';
import { startFilled } from './lib/filledApp.js';
import { runInChild, serveChild } from './lib/childProcess.js';
import { formatMachine } from './lib/machine.js';
import type { BenchOptions } from './lib/module.js';
import { mulberry32, pick } from './lib/random.js';
import { int, ms, resultsFileFor, table, writeSection } from './lib/results.js';
import type { Stats } from './lib/stats.js';
import { summarize } from './lib/stats.js';

export const TARGET_P95_MS = 25;
export const TARGET_BUILD_S = 60;
const SEED = 42;
const SELF = fileURLToPath(import.meta.url);

interface Plan {
  sizes: number[];
  requests: number;
  warmup: number;
}
const FULL: Plan = { sizes: [10_000, 100_000], requests: 600, warmup: 60 };
const QUICK: Plan = { sizes: [2_000], requests: 60, warmup: 10 };

/** What people type: with and without diacritics, NFD, typos, prefixes, and with filters. */
const TEXTS = [
  'mật ong',
  'mat ong',
  'đăng ký nhãn hiệu',
  'dang ky nhan hieu',
  'đăng ký nhãn hiệu'.normalize('NFD'),
  'nhan hieuu',
  'miến ngô',
  'mien ngo',
  'chè shan tuyết',
  'quế',
  'cà phê',
  'tiêu chuẩn chất lượng',
  'truy xuat nguon goc',
  'siêu thị',
  'hội chợ',
  'vốn mồi',
  'thổ cẩm',
  'mật o',
  'chuyen gia so huu tri tue',
  '',
];
const KINDS = ['', 'startup', 'expert', 'investor', 'provider'];
const PROVINCES = ['', '', '', 'lang-son', 'ha-noi', 'da-nang', 'phu-tho', 'tp-ho-chi-minh'];
const NEEDS = ['', '', '', 'trademark', 'standards', 'distribution', 'funding'];

interface Query {
  q: string;
  kind: string;
  province: string;
  need: string;
}

function queries(count: number): Query[] {
  const random = mulberry32(SEED);
  return Array.from({ length: count }, () => ({
    q: pick(random, TEXTS),
    kind: pick(random, KINDS),
    province: pick(random, PROVINCES),
    need: pick(random, NEEDS),
  }));
}

const toUrl = (q: Query) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) params.set(k, v);
  return `/api/search?${params}`;
};

// ── client process ────────────────────────────────────────────────────────────────────────────

interface ClientJob {
  baseUrl: string;
  warmup: string[];
  urls: string[];
}

interface ClientResult {
  latencies: number[];
  statuses: Record<number, number>;
}

async function runClient(job: ClientJob): Promise<ClientResult> {
  for (const url of job.warmup) await (await fetch(job.baseUrl + url)).arrayBuffer();
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  for (const url of job.urls) {
    const start = performance.now();
    const res = await fetch(job.baseUrl + url);
    await res.arrayBuffer();
    latencies.push(performance.now() - start);
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
  }
  return { latencies, statuses };
}

function inClient(job: ClientJob): Promise<ClientResult> {
  return runInChild(SELF, '--search-client', job);
}

// ── server side ───────────────────────────────────────────────────────────────────────────────

async function direct(running: FilledApp, list: Query[]): Promise<number[]> {
  const engine = running.app.container.modules.search.engine;
  const latencies: number[] = [];
  for (const q of list) {
    const filters: SearchFilters = {};
    if (q.kind) filters.kind = [q.kind];
    if (q.province) filters.province = [q.province];
    if (q.need) filters.need = [q.need];
    const start = performance.now();
    await engine.search({ q: q.q, filters, facets: FACET_NAMES, limit: 20, highlight: true });
    latencies.push(performance.now() - start);
  }
  return latencies;
}

export interface SizeResult {
  profiles: number;
  loadMs: number;
  bootMs: number;
  rebuildMs: number;
  documents: number;
  rssMb: number;
  heapMb: number;
  http: Stats;
  engine: Stats;
}

async function measureSize(profiles: number, plan: Plan): Promise<SizeResult> {
  const running = await startFilled(profiles, SEED, 'bench-search');
  try {
    const { indexer, engine } = running.app.container.modules.search;
    const rebuildStart = performance.now();
    await indexer.rebuild();
    const rebuildMs = performance.now() - rebuildStart;
    const documents = await engine.count();
    global.gc?.();
    const memory = process.memoryUsage();
    const list = queries(plan.requests + plan.warmup);
    const urls = list.map(toUrl);
    const result = await inClient({ baseUrl: running.url, warmup: urls.slice(0, plan.warmup), urls: urls.slice(plan.warmup) });
    const bad = Object.entries(result.statuses).filter(([s]) => Number(s) !== 200);
    if (bad.length) throw new Error(`non-200 search answers: ${JSON.stringify(result.statuses)}`);
    await direct(running, list.slice(0, plan.warmup));
    const engineLatencies = await direct(running, list.slice(plan.warmup));
    const http = summarize(result.latencies);
    const engineStats = summarize(engineLatencies);
    console.log(
      `search ${int(profiles)}: HTTP p50 ${ms(http.p50)} p95 ${ms(http.p95)} p99 ${ms(http.p99)} ms; engine p95 ${ms(engineStats.p95)} ms; rebuild ${(rebuildMs / 1000).toFixed(1)} s`,
    );
    return {
      profiles,
      loadMs: running.loadMs,
      bootMs: running.bootMs,
      rebuildMs,
      documents,
      rssMb: memory.rss / 1048576,
      heapMb: memory.heapUsed / 1048576,
      http,
      engine: engineStats,
    };
  } finally {
    await running.close();
  }
}

export interface SearchBenchResult {
  machine: string;
  plan: Plan;
  sizes: SizeResult[];
  passLatency: boolean;
  passBuild: boolean;
}

export function renderSearchResults(result: SearchBenchResult): string {
  const latency = result.sizes.flatMap((s) => [
    [int(s.profiles), 'HTTP `GET /api/search`', ms(s.http.p50), ms(s.http.p95), ms(s.http.p99), ms(s.http.max)],
    [int(s.profiles), 'engine called directly', ms(s.engine.p50), ms(s.engine.p95), ms(s.engine.p99), ms(s.engine.max)],
  ]);
  const setup = result.sizes.map((s) => [
    int(s.profiles),
    int(s.documents),
    `${(s.rebuildMs / 1000).toFixed(1)} s`,
    `${(s.bootMs / 1000).toFixed(1)} s`,
    `${s.rssMb.toFixed(0)} MB`,
    `${s.heapMb.toFixed(0)} MB`,
  ]);
  const largest = result.sizes[result.sizes.length - 1]!;
  return [
    `${result.plan.requests} measured queries per size after ${result.plan.warmup} of warm-up, one at a time, anonymous, from a`,
    'separate client process: a seeded mix of Vietnamese with and without diacritics, NFD input, typos, prefixes, empty',
    'queries (browse), with and without kind / province / need filters; every answer has facets and highlights (limit 20).',
    'The same queries then run against the engine directly, in the same run, on the same index. Latencies in milliseconds.',
    '',
    table(['Profiles', 'Path', 'p50', 'p95', 'p99', 'max'], latency),
    '',
    `**HTTP p95 at ${int(largest.profiles)} profiles: ${ms(largest.http.p95)} ms (target ≤ ${TARGET_P95_MS} ms): ${result.passLatency ? 'met' : 'not met'}.**`,
    '',
    'Index build (`indexer.rebuild()`: a replacement index filled with every profile read from the store, mapped and indexed, then swapped in — what `npm run reindex`',
    'and every start of the in-process engine do) and the server process memory with store and index loaded:',
    '',
    table(['Profiles', 'indexed', 'index rebuild', 'app start (incl. rebuild)', 'RSS', 'heap used'], setup),
    '',
    `**Index build at ${int(largest.profiles)} profiles: ${(largest.rebuildMs / 1000).toFixed(1)} s (target ≤ ${TARGET_BUILD_S} s): ${result.passBuild ? 'met' : 'not met'}.**`,
  ].join('\n');
}

export async function run(options: BenchOptions = {}): Promise<SearchBenchResult> {
  const plan = options.quick ? QUICK : FULL;
  const sizes: SizeResult[] = [];
  for (const size of plan.sizes) sizes.push(await measureSize(size, plan));
  const largest = sizes[sizes.length - 1]!;
  const result: SearchBenchResult = {
    machine: formatMachine(),
    plan,
    sizes,
    passLatency: largest.http.p95 <= TARGET_P95_MS,
    passBuild: largest.rebuildMs <= TARGET_BUILD_S * 1000,
  };
  writeSection({
    name: 'search',
    title: 'Search: `GET /api/search` beside the engine, index build, memory',
    sizes: `${plan.sizes.map(int).join(' and ')} generated profiles${options.quick ? ' (quick smoke run)' : ''}`,
    body: renderSearchResults(result),
    file: resultsFileFor(options),
  });
  return result;
}

if (!serveChild('--search-client', runClient) && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run({ quick: process.argv.includes('--quick') });
  console.log(renderSearchResults(result));
}
