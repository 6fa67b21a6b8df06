// `npm run bench`: runs every bench/*.bench.ts module that exports run(), one after another, each
// in its own process, and prints a summary. Each module writes its own section of
// docs/BENCHMARKS.md; a module that returns results without writing a section gets a raw one.
//   npm run bench -- [--quick] [--only store,auth-me]   (or: npx tsx bench/run-all.ts …)
//   --quick  smaller sizes and shorter runs; results go to bench/results/quick.md, not the docs
//   --only   run only the named benchmarks (file name without .bench.ts); may be repeated
//   --list   print the benchmarks found and exit
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../server/src/nodeFlags.js';
import { formatMachine } from './lib/machine.js';
import type { BenchOptions } from './lib/module.js';
import { readSection, resultsFileFor, writeSection } from './lib/results.js';
import type { RunOneMessage } from './lib/run-one.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const SUFFIX = '.bench.ts';
const RUN_ONE = path.join(BENCH_DIR, 'lib', 'run-one.ts');

export interface CliArgs {
  quick: boolean;
  only: string[];
  list: boolean;
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = {}): CliArgs {
  // `npm run bench --quick` (without `--`) reaches us only as npm_config_quick.
  const args: CliArgs = { quick: env.npm_config_quick === 'true', only: [], list: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') args.quick = true;
    else if (arg === '--list') args.list = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (!value) throw new Error('--only needs a benchmark name, e.g. --only store');
      args.only.push(
        ...value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
    } else throw new Error(`unknown argument ${arg} (expected --quick, --only <name>, --list)`);
  }
  return args;
}

export interface BenchFile {
  name: string;
  file: string;
}

/** Every `*.bench.ts` directly in the bench folder, by name. */
export function discover(dir = BENCH_DIR): BenchFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(SUFFIX))
    .sort()
    .map((f) => ({ name: f.slice(0, -SUFFIX.length), file: path.join(dir, f) }));
}

export function select(found: BenchFile[], only: string[]): BenchFile[] {
  if (only.length === 0) return found;
  const unknown = only.filter((name) => !found.some((b) => b.name === name));
  if (unknown.length > 0) throw new Error(`no benchmark named ${unknown.join(', ')}; found: ${found.map((b) => b.name).join(', ')}`);
  return found.filter((b) => only.includes(b.name));
}

function runInChild(bench: BenchFile, options: BenchOptions): Promise<RunOneMessage> {
  return new Promise((resolve) => {
    // tsx's loader flags travel in execArgv; --expose-gc makes heap readings exact; the server's
    // own V8 flags make the app in the benchmark run as it does in production.
    const child = fork(RUN_ONE, [bench.file, JSON.stringify(options)], {
      execArgv: [...process.execArgv, '--expose-gc', ...SERVER_NODE_FLAGS],
    });
    let message: RunOneMessage | null = null;
    child.on('message', (m: RunOneMessage) => (message = m));
    child.on('error', (error) => resolve({ status: 'failed', error: error.message }));
    child.on('exit', (code, signal) => {
      resolve(message ?? { status: 'failed', error: `process ended (${signal ?? `exit code ${code}`}) without a result` });
    });
  });
}

/** For modules that return results but do not write their own section (yet). */
function writeRawSection(bench: BenchFile, result: unknown, options: BenchOptions): void {
  writeSection({
    name: bench.name,
    title: `${bench.name} (raw result)`,
    sizes: `see the result below${options.quick ? ' (quick smoke run)' : ''}`,
    body: [
      `\`bench/${bench.name}${SUFFIX}\` returned this from \`run()\` without writing its own section;`,
      'run-all recorded it as is.',
      '',
      '```json',
      JSON.stringify(result, null, 2),
      '```',
    ].join('\n'),
    file: resultsFileFor(options),
  });
}

interface Outcome {
  name: string;
  status: RunOneMessage['status'];
  seconds: number;
  note: string;
}

export async function runAll(args: CliArgs): Promise<Outcome[]> {
  const benches = select(discover(), args.only);
  const options: BenchOptions = { quick: args.quick };
  const resultsFile = resultsFileFor(options);
  console.log(`Benchmarks${args.quick ? ' (quick)' : ''} on ${formatMachine()}`);
  console.log(`Results → ${path.relative(process.cwd(), resultsFile)}\n`);
  const outcomes: Outcome[] = [];
  for (const bench of benches) {
    console.log(`▶ ${bench.name}`);
    const before = readSection(resultsFile, bench.name);
    const start = performance.now();
    const message = await runInChild(bench, options);
    const seconds = (performance.now() - start) / 1000;
    let note = '';
    if (message.status === 'done') {
      const after = readSection(resultsFile, bench.name);
      if (after === null || after === before) {
        writeRawSection(bench, message.result, options);
        note = 'section written by run-all (raw JSON)';
      }
    } else if (message.status === 'skipped') {
      note = message.reason;
    } else {
      note = message.error.split('\n')[0]!;
      console.error(message.error);
    }
    console.log(`  ${message.status} in ${seconds.toFixed(1)} s${note ? ` — ${note}` : ''}\n`);
    outcomes.push({ name: bench.name, status: message.status, seconds, note });
  }
  return outcomes;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), process.env);
  if (args.list) {
    for (const b of discover()) console.log(b.name);
    return;
  }
  const start = performance.now();
  const outcomes = await runAll(args);
  console.table(outcomes.map((o) => ({ benchmark: o.name, status: o.status, seconds: +o.seconds.toFixed(1), note: o.note })));
  console.log(`Total ${((performance.now() - start) / 1000).toFixed(1)} s`);
  if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
