// The landing route's JavaScript budget (issue 7: at most 250 KB gzip). Runs the client's own
// check, `node client/scripts/check-bundle.mjs --json` (entry chunk of index.html and its static
// imports, gzip level 9), building the client first when client/dist is missing, and records the
// chunks next to the size of the whole app's JavaScript, most of which loads only when needed.
//   npx tsx bench/bundle.bench.ts
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BenchOptions } from './lib/module.js';
import { int, resultsFileFor, table, writeSection } from './lib/results.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLIENT_DIST = path.join(ROOT, 'client', 'dist');
const CHECK_SCRIPT = path.join(ROOT, 'client', 'scripts', 'check-bundle.mjs');

export interface BundleChunk {
  file: string;
  raw: number;
  gzip: number;
}

/** What `check-bundle.mjs --json` prints. */
export interface BundleCheck {
  entry: string;
  chunks: BundleChunk[];
  css: BundleChunk[];
  totalGzip: number;
  totalRaw: number;
  budget: number;
  ok: boolean;
}

export interface BundleBenchResult {
  check: BundleCheck;
  /** Every .js file the build produced (lazy routes, charts, the socket client included). */
  allJs: { files: number; raw: number; gzip: number };
  builtNow: boolean;
}

export function parseBundleCheck(stdout: string): BundleCheck {
  let value: unknown;
  try {
    value = JSON.parse(stdout);
  } catch {
    throw new Error(`check-bundle.mjs printed no JSON:\n${stdout.slice(0, 500)}`);
  }
  const v = value as Partial<BundleCheck>;
  const isChunk = (c: unknown): c is BundleChunk =>
    typeof c === 'object' &&
    c !== null &&
    typeof (c as BundleChunk).file === 'string' &&
    Number.isFinite((c as BundleChunk).raw) &&
    Number.isFinite((c as BundleChunk).gzip);
  if (
    typeof v.entry !== 'string' ||
    !Array.isArray(v.chunks) ||
    !v.chunks.every(isChunk) ||
    !Array.isArray(v.css) ||
    !v.css.every(isChunk) ||
    !Number.isFinite(v.totalGzip) ||
    !Number.isFinite(v.totalRaw) ||
    !Number.isFinite(v.budget) ||
    typeof v.ok !== 'boolean'
  ) {
    throw new Error(`unexpected check-bundle.mjs output: ${stdout.slice(0, 500)}`);
  }
  return v as BundleCheck;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function renderBundleResults(result: BundleBenchResult): string {
  const { check, allJs } = result;
  const rows = [...check.chunks]
    .sort((a, b) => b.gzip - a.gzip)
    .map((c) => [`\`${c.file.replace(/^assets\//, '')}\``, kb(c.raw), kb(c.gzip)]);
  rows.push(['total', kb(check.totalRaw), kb(check.totalGzip)]);
  const headroom = check.budget - check.totalGzip;
  return [
    '`node client/scripts/check-bundle.mjs --json` on the production build (`npm run build -w client`): the entry chunk of',
    '`index.html` and every chunk it imports statically — what a first visit to `/` must download before the page',
    'runs. Every other route, the charts and the Socket.IO client are dynamic imports and are not counted. Sizes are',
    'gzip level 9. The server compresses on the fly (Brotli or gzip at its default level), so the bytes on the wire differ a',
    'little; `e2e/tests/landing-budget.test.ts` checks those against the same budget in Chromium.',
    '',
    table(['Chunk', 'raw', 'gzip'], rows),
    '',
    `CSS (not counted): ${check.css.map((c) => `\`${c.file.replace(/^assets\//, '')}\` ${kb(c.gzip)} gzip`).join(', ') || 'none'}.  `,
    `Whole app for comparison: ${int(allJs.files)} JavaScript files, ${kb(allJs.raw)} raw, ${kb(allJs.gzip)} gzip; the landing route loads ${((check.totalGzip / allJs.gzip) * 100).toFixed(0)}% of it.`,
    '',
    `**Landing route JavaScript: ${kb(check.totalGzip)} gzip** (budget ${kb(check.budget)}): ${check.ok ? `met, ${kb(headroom)} to spare` : `over by ${kb(-headroom)}`}.`,
  ].join('\n');
}

function allJavaScript(): BundleBenchResult['allJs'] {
  const assets = path.join(CLIENT_DIST, 'assets');
  const files = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(assets, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzip };
}

function buildClientIfMissing(): boolean {
  if (fs.existsSync(path.join(CLIENT_DIST, '.vite', 'manifest.json'))) return false;
  console.log('bundle: client/dist is missing, running `npm run build -w client`');
  const build = spawnSync('npm', ['run', 'build', '-w', 'client'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build -w client failed (${build.signal ?? `exit code ${build.status}`})`);
  return true;
}

export async function run(options: BenchOptions = {}): Promise<BundleBenchResult> {
  const builtNow = buildClientIfMissing();
  // Exit code 1 means "over budget": the JSON is still printed and is what we record.
  const checked = spawnSync(process.execPath, [CHECK_SCRIPT, '--json'], { cwd: ROOT, encoding: 'utf8' });
  if (checked.status !== 0 && checked.status !== 1) {
    throw new Error(`check-bundle.mjs failed (${checked.signal ?? `exit code ${checked.status}`}): ${checked.stderr}`);
  }
  const result: BundleBenchResult = { check: parseBundleCheck(checked.stdout), allJs: allJavaScript(), builtNow };
  const { check } = result;
  console.log(
    `bundle: landing route ${kb(check.totalGzip)} gzip in ${check.chunks.length} chunks (budget ${kb(check.budget)}): ${check.ok ? 'met' : 'OVER'}`,
  );
  writeSection({
    name: 'bundle',
    title: 'Landing route JavaScript (gzip budget)',
    sizes: `the production client build${options.quick ? ' (quick run: same measurement)' : ''}`,
    body: renderBundleResults(result),
    file: resultsFileFor(options),
  });
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run({ quick: process.argv.includes('--quick') });
  console.log(renderBundleResults(result));
  if (!result.check.ok) process.exitCode = 1;
}
