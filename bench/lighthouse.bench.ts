// Lighthouse on the public pages (issue 18: a visitor on a mid-range phone on a slow network):
// the production build (`npm run build`) served by the real server (server/dist/main.js, fresh
// DATA_DIR, the demo data), audited by the `lighthouse` package driving Debian's Chromium with
// Lighthouse's default mobile configuration (a Moto G Power-sized screen, simulated slow 4G and a
// 4× slower CPU). Pages: the landing page, a startup's profile (/p/:id, the honey cooperative with
// its logo and product photos) and the events page. Each page is audited 5 times (once with
// --quick) and the median run (by performance score) is recorded; targets: performance ≥ 90, accessibility, SEO and best
// practices ≥ 95 on each, and the landing route's JavaScript ≤ 250 KB gzip.
//   npx tsx bench/lighthouse.bench.ts [--quick]      (or: npm run bench -- --only lighthouse)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from '../e2e/lib/server.js';
import { parseBundleCheck, type BundleCheck } from './bundle.bench.js';
import type { BenchOptions } from './lib/module.js';
import { resultsFileFor, table, writeSection } from './lib/results.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export const TARGETS: Record<Category, number> = { performance: 90, accessibility: 95, 'best-practices': 95, seo: 95 };
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
] as const;

/** The parts of a Lighthouse result (lhr) this benchmark reads. */
export interface LighthouseResult {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
  runWarnings?: string[];
  /** Chromium's speed on this machine at the time (Lighthouse's 4× CPU slowdown assumes a fast, idle host). */
  environment?: { benchmarkIndex?: number };
}

export interface PageRun {
  scores: Record<Category, number>;
  metrics: Record<string, string>;
  /** Scored audits below 1 (weight > 0), per category: what to fix first. */
  failing: string[];
  benchmarkIndex: number | null;
}

export interface PageResult {
  name: string;
  path: string;
  runs: number[];
  median: PageRun;
}

/** Scores as whole numbers (0–100), the metrics as Lighthouse displays them, and the audits that cost points. */
export function summarise(lhr: LighthouseResult): PageRun {
  const scores = {} as Record<Category, number>;
  const failing: string[] = [];
  for (const category of CATEGORIES) {
    const entry = lhr.categories[category];
    if (!entry || entry.score === null) throw new Error(`Lighthouse returned no ${category} score`);
    scores[category] = Math.round(entry.score * 100);
    for (const ref of entry.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'notApplicable') {
        failing.push(`${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
  const metrics: Record<string, string> = {};
  for (const [id, short] of METRICS) metrics[short] = lhr.audits[id]?.displayValue ?? '–';
  return { scores, metrics, failing, benchmarkIndex: lhr.environment?.benchmarkIndex ?? null };
}

/** The run with the median performance score (Lighthouse varies from run to run on a busy machine). */
export function medianRun(runs: PageRun[]): PageRun {
  if (runs.length === 0) throw new Error('no Lighthouse runs');
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export function misses(pages: PageResult[], bundle: BundleCheck): string[] {
  const out: string[] = [];
  for (const page of pages) {
    for (const category of CATEGORIES) {
      if (page.median.scores[category] < TARGETS[category]) {
        out.push(`${page.name} ${category} ${page.median.scores[category]} < ${TARGETS[category]}`);
      }
    }
  }
  if (!bundle.ok) out.push(`landing JS ${(bundle.totalGzip / 1024).toFixed(1)} KB gzip > ${bundle.budget / 1024} KB`);
  return out;
}

function lighthouseCli(): string {
  const pkg = createRequire(import.meta.url).resolve('lighthouse/package.json');
  return path.join(path.dirname(pkg), 'cli', 'index.js');
}

/** One audit; again once when Lighthouse itself fails to record the load (e.g. NO_NAVSTART, a known flake of its tracing). */
function audit(url: string, outFile: string): LighthouseResult {
  try {
    return auditOnce(url, outFile);
  } catch (error) {
    if (!/Runtime error encountered/.test(String(error))) throw error;
    return auditOnce(url, outFile);
  }
}

function auditOnce(url: string, outFile: string): LighthouseResult {
  const result = spawnSync(
    process.execPath,
    [lighthouseCli(), url, '--quiet', '--output=json', `--output-path=${outFile}`, `--chrome-flags=${CHROME_FLAGS}`],
    { cwd: ROOT, env: { ...process.env, CHROME_PATH }, encoding: 'utf8', timeout: 180_000 },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url} (${result.signal ?? `exit ${result.status}`}): ${result.stderr}`);
  return JSON.parse(fs.readFileSync(outFile, 'utf8')) as LighthouseResult;
}

function build(): void {
  const done = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (done.status !== 0) throw new Error(`npm run build failed (${done.signal ?? `exit ${done.status}`})`);
}

function bundleCheck(): BundleCheck {
  const checked = spawnSync(process.execPath, [path.join(ROOT, 'client', 'scripts', 'check-bundle.mjs'), '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return parseBundleCheck(checked.stdout);
}

/** The demo's honey cooperative: a startup with a logo, product photos, OCOP stars and a recorded outcome. */
async function showcaseStartup(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/search?q=${encodeURIComponent('mat ong chanh rung')}&kind=startup`);
  const body = (await res.json()) as { items: { id: string; name: string }[] };
  const hit = body.items[0];
  if (!hit) throw new Error('the demo data has no honey startup to audit');
  return hit.id;
}

export function render(pages: PageResult[], bundle: BundleCheck, runs: number, version: string, benchmarkIndexes: number[] = []): string {
  const missed = misses(pages, bundle);
  const speed = benchmarkIndexes.length
    ? `Chromium's benchmark index during the audits: ${Math.min(...benchmarkIndexes)}–${Math.max(...benchmarkIndexes)} (Lighthouse's ` +
      'CPU slowdown is meant for a fast idle host; a low index means a slower or busy machine and lower performance scores).'
    : '';
  const mark = (value: number, target: number) => `${value}${value < target ? ' ❌' : ''}`;
  const scoreRows = pages.map((p) => [
    `${p.name} (\`${p.path}\`)`,
    ...CATEGORIES.map((c) => mark(p.median.scores[c], TARGETS[c])),
    p.runs.join(', '),
  ]);
  const metricRows = pages.map((p) => [p.name, ...METRICS.map(([, short]) => p.median.metrics[short] ?? '–')]);
  const failing = pages.flatMap((p) => p.median.failing.map((f) => `- ${p.name}: ${f}`));
  return [
    `Lighthouse ${version} (\`lighthouse\` npm package, default mobile configuration: emulated phone screen, simulated slow 4G`,
    'and 4× CPU slowdown) driving Debian’s Chromium headless, against `npm run build` served by `node server/dist/main.js`',
    `with a fresh data directory and the demo data. Each page audited ${runs} time(s); the run with the median performance`,
    'score is shown (the other runs’ performance scores in the last column).',
    '',
    table(['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'Performance of each run'], scoreRows),
    '',
    table(['Page', ...METRICS.map(([, short]) => short)], metricRows),
    '',
    failing.length
      ? `Audits that cost points in the recorded runs:\n\n${failing.join('\n')}`
      : 'No scored audit lost points in the recorded runs.',
    '',
    `Landing route JavaScript: ${(bundle.totalGzip / 1024).toFixed(1)} KB gzip (budget ${bundle.budget / 1024} KB).`,
    '',
    ...(speed ? [speed, ''] : []),
    missed.length
      ? `**Targets NOT met** (performance ≥ 90, accessibility, best practices and SEO ≥ 95, landing JS ≤ 250 KB gzip): ${missed.join('; ')}.`
      : '**Targets met**: performance ≥ 90, accessibility, best practices and SEO ≥ 95 on each page; landing JS ≤ 250 KB gzip.',
  ].join('\n');
}

export async function run(options: BenchOptions = {}): Promise<{ pages: PageResult[]; bundle: BundleCheck; missed: string[] }> {
  if (!fs.existsSync(CHROME_PATH)) throw new Error(`no Chromium at ${CHROME_PATH}: apt-get install -y chromium (or set CHROME_PATH)`);
  // Five runs: on a shared machine one audit's performance score moves by ±10 points.
  const runs = options.quick ? 1 : 5;
  build();
  const bundle = bundleCheck();
  const server = await startServer({ NODE_ENV: 'production', DEMO_DATA: '1' });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-lighthouse-'));
  const pages: PageResult[] = [];
  let version = '';
  const benchmarkIndexes: number[] = [];
  try {
    const targets = [
      { name: 'Landing', path: '/' },
      { name: 'Startup profile', path: `/p/${await showcaseStartup(server.url)}` },
      { name: 'Events', path: '/events' },
    ];
    for (const target of targets) {
      const done: PageRun[] = [];
      for (let i = 0; i < runs; i++) {
        const lhr = audit(`${server.url}${target.path}`, path.join(work, `run-${pages.length}-${i}.json`));
        version = lhr.lighthouseVersion;
        done.push(summarise(lhr));
        if (lhr.environment?.benchmarkIndex) benchmarkIndexes.push(Math.round(lhr.environment.benchmarkIndex));
      }
      const median = medianRun(done);
      pages.push({ name: target.name, path: target.path, runs: done.map((r) => r.scores.performance), median });
      console.log(`lighthouse: ${target.name} ${CATEGORIES.map((c) => `${c} ${median.scores[c]}`).join(', ')}`);
    }
  } finally {
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
  const missed = misses(pages, bundle);
  writeSection({
    name: 'lighthouse',
    title: 'Lighthouse on the public pages (phone, slow network)',
    sizes: `the demo data; ${runs} run(s) per page${options.quick ? ' (quick run)' : ''}`,
    body: render(pages, bundle, runs, version, benchmarkIndexes),
    file: resultsFileFor(options),
  });
  // Recorded first, then failed: the section shows which target was missed and run-all reports it.
  if (missed.length) throw new Error(`Lighthouse targets not met: ${missed.join('; ')}`);
  return { pages, bundle, missed };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run({ quick: process.argv.includes('--quick') });
}
