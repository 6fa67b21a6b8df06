// Embedded store (SQLite WAL + mingo + in-memory copy) at 10k and 100k profile documents:
// insert, find, update and count rates with per-operation latency, the cost of fsync
// (STORE_SYNC=full), file size, memory after loading and the time to reopen (cold start).
//   npx tsx bench/store.bench.ts [--quick]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEmbeddedStore } from '../server/src/store/embedded/index.js';
import type { Collection, CollectionDefinition, Store } from '../server/src/store/types.js';
import { formatMachine } from './lib/machine.js';
import type { OpsResult } from './lib/measure.js';
import { measureOps, timeIt } from './lib/measure.js';
import { readMemory } from './lib/memory.js';
import type { BenchOptions } from './lib/module.js';
import type { ProfileDoc } from './lib/profile-docs.js';
import { KINDS, PROVINCES, averageJsonBytes, generateProfileDocs, profileId } from './lib/profile-docs.js';
import { mulberry32, pick, randomInt } from './lib/random.js';
import { int, mb, ms, resultsFileFor, table, writeSection } from './lib/results.js';
import { summarize } from './lib/stats.js';

const PROFILES: CollectionDefinition = {
  name: 'profiles',
  indexes: [{ fields: { email: 1 }, unique: true }, { fields: { province: 1 } }],
};

const BATCH = 1_000;

/** How long each kind of measurement may run; quick runs only prove the harness works. */
interface Budget {
  sizes: number[];
  readOps: number;
  writeOps: number;
  fsyncOps: number;
  scanOps: number;
  maxMs: number;
}

const FULL: Budget = { sizes: [10_000, 100_000], readOps: 20_000, writeOps: 5_000, fsyncOps: 1_000, scanOps: 2_000, maxMs: 5_000 };
const QUICK: Budget = { sizes: [1_000, 5_000], readOps: 2_000, writeOps: 500, fsyncOps: 100, scanOps: 100, maxMs: 500 };

export const OPERATIONS = {
  insertMany: `insertMany, ${BATCH} per transaction (rate in docs/s; latency per batch)`,
  insertOneNormal: 'insertOne, one at a time (STORE_SYNC=normal)',
  insertOneFull: 'insertOne, one at a time (STORE_SYNC=full, fsync per commit)',
  findOneById: 'findOne by _id',
  findIndexed: 'find by province (indexed), limit 20',
  findScanSorted: 'find by kind + verified (no index), sort by score, limit 20',
  updateOneById: 'updateOne by _id ($set + $inc)',
  countIndexed: 'countDocuments by province (indexed)',
  countAll: 'countDocuments({}) (all documents)',
} as const;

export type OperationName = keyof typeof OPERATIONS;

export interface StoreSizeResult {
  documents: number;
  avgDocBytes: number;
  operations: Record<OperationName, OpsResult>;
  /** ketnoi.sqlite (+ WAL, if any) after closing the store. */
  fileMb: number;
  /** Opening the store and declaring the collection (reads every document, builds indexes). */
  coldStartMs: number;
  /** Heap growth from loading the collection (after GC), and the process RSS then. */
  heapMb: number;
  rssMb: number;
}

export interface StoreBenchResult {
  machine: string;
  sizes: StoreSizeResult[];
}

async function withStore<R>(
  dataDir: string,
  sync: 'normal' | 'full',
  fn: (store: Store, profiles: Collection<ProfileDoc>) => Promise<R>,
): Promise<R> {
  const store = await createEmbeddedStore({ dataDir, sync });
  try {
    return await fn(store, store.collection<ProfileDoc>(PROFILES));
  } finally {
    await store.close();
  }
}

/** Load `count` documents in transactions of BATCH and time each batch. */
async function bulkLoad(store: Store, profiles: Collection<ProfileDoc>, count: number): Promise<OpsResult> {
  const batchMs: number[] = [];
  let totalMs = 0;
  for (let from = 0; from < count; from += BATCH) {
    const docs = generateProfileDocs(from, Math.min(BATCH, count - from)); // generated outside the timing
    const { ms: elapsed } = await timeIt(() => store.withTransaction(() => profiles.insertMany(docs)));
    batchMs.push(elapsed);
    totalMs += elapsed;
  }
  return { ops: count, totalMs, opsPerSec: (count / totalMs) * 1000, latency: summarize(batchMs) };
}

async function readsAndWrites(
  profiles: Collection<ProfileDoc>,
  n: number,
  budget: Budget,
): Promise<Omit<Record<OperationName, OpsResult>, 'insertMany' | 'insertOneFull'>> {
  const random = mulberry32(n);
  const anyId = () => profileId(randomInt(random, n));
  const limits = (maxOps: number, minOps = 20) => ({ maxOps, maxMs: budget.maxMs, minOps, warmupOps: Math.min(50, maxOps) });

  // Extra documents beyond the loaded `n`, so the unique e-mail index is exercised too.
  const extra = generateProfileDocs(10_000_000 + n, budget.writeOps + 50);
  const insertOneNormal = await measureOps((i) => profiles.insertOne(extra[i]!), limits(budget.writeOps));
  const findOneById = await measureOps(() => profiles.findOne({ _id: anyId() }), limits(budget.readOps));
  const findIndexed = await measureOps(
    (i) => profiles.find({ province: PROVINCES[i % PROVINCES.length]! }, { limit: 20 }),
    limits(budget.readOps),
  );
  const findScanSorted = await measureOps(
    (i) => profiles.find({ kind: KINDS[i % KINDS.length]!, verified: true }, { sort: { score: -1 }, limit: 20 }),
    { ...limits(budget.scanOps, 10), warmupOps: 5 },
  );
  const updateOneById = await measureOps(
    (i) =>
      profiles.updateOne(
        { _id: anyId() },
        { $set: { headline: `cập nhật ${i}`, updatedAt: new Date().toISOString() }, $inc: { 'stats.views': 1 } },
      ),
    limits(budget.writeOps),
  );
  const countIndexed = await measureOps(() => profiles.countDocuments({ province: pick(random, PROVINCES) }), limits(budget.readOps));
  const countAll = await measureOps(() => profiles.countDocuments({}), { ...limits(budget.scanOps, 10), warmupOps: 5 });
  return { insertOneNormal, findOneById, findIndexed, findScanSorted, updateOneById, countIndexed, countAll };
}

function fileSizeMb(dataDir: string): number {
  let bytes = 0;
  for (const name of ['ketnoi.sqlite', 'ketnoi.sqlite-wal']) {
    const file = path.join(dataDir, name);
    if (fs.existsSync(file)) bytes += fs.statSync(file).size;
  }
  return bytes / 1024 / 1024;
}

async function benchSize(n: number, budget: Budget): Promise<StoreSizeResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-bench-store-'));
  try {
    const normal = await withStore(dataDir, 'normal', async (store, profiles) => {
      const insertMany = await bulkLoad(store, profiles, n);
      return { insertMany, ...(await readsAndWrites(profiles, n, budget)) };
    });
    const fileMb = fileSizeMb(dataDir);

    // Reopen the same file with fsync on every commit: measures cold start, memory and fsync cost.
    const before = readMemory();
    const { result: opened, ms: coldStartMs } = await timeIt(async () => {
      const store = await createEmbeddedStore({ dataDir, sync: 'full' });
      return { store, profiles: store.collection<ProfileDoc>(PROFILES) };
    });
    try {
      const after = readMemory();
      const extra = generateProfileDocs(20_000_000 + n, budget.fsyncOps + 20);
      const insertOneFull = await measureOps((i) => opened.profiles.insertOne(extra[i]!), {
        maxOps: budget.fsyncOps,
        maxMs: budget.maxMs,
        minOps: 20,
        warmupOps: 10,
      });
      return {
        documents: n,
        avgDocBytes: averageJsonBytes(generateProfileDocs(0, Math.min(n, 1_000))),
        operations: { ...normal, insertOneFull },
        fileMb,
        coldStartMs,
        heapMb: after.heapUsedMb - before.heapUsedMb,
        rssMb: after.rssMb,
      };
    } finally {
      await opened.store.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function renderStoreResults(result: StoreBenchResult): string {
  const order = Object.keys(OPERATIONS) as OperationName[];
  const opsRows = order.flatMap((name) =>
    result.sizes.map((s) => {
      const r = s.operations[name];
      return [
        OPERATIONS[name],
        int(s.documents),
        int(r.opsPerSec),
        ms(r.latency.p50),
        ms(r.latency.p95),
        ms(r.latency.p99),
        ms(r.latency.max),
        int(r.ops),
      ];
    }),
  );
  const storageRows = result.sizes.map((s) => [
    int(s.documents),
    `${int(s.avgDocBytes)} B`,
    `${mb(s.fileMb)} MB`,
    `${int(s.coldStartMs)} ms`,
    `${mb(s.heapMb)} MB`,
    `${mb(s.rssMb)} MB`,
  ]);
  return [
    'Every operation is awaited one at a time by a single caller (latencies in milliseconds per operation).',
    'Collection `profiles` with a unique index on `email` and a secondary index on `province` (34 values).',
    'The `insertOne` rows add documents on top of the loaded set; the `STORE_SYNC=full` row is measured after',
    'reopening the same file in that mode.',
    '',
    table(['Operation', 'Docs', 'ops/s', 'p50', 'p95', 'p99', 'max', 'samples'], opsRows),
    '',
    'Storage and start-up. *Cold start* is reopening the store and declaring the collection (read every row,',
    'parse it, rebuild the indexes); *heap* is the growth of the V8 heap from that load (after GC), *RSS* the',
    "process's resident memory afterwards.",
    '',
    table(['Docs', 'avg doc (JSON)', 'file size', 'cold start', 'heap', 'RSS'], storageRows),
  ].join('\n');
}

export async function run(options: BenchOptions = {}): Promise<StoreBenchResult> {
  const budget = options.quick ? QUICK : FULL;
  const sizes: StoreSizeResult[] = [];
  for (const n of budget.sizes) {
    console.log(`store: ${int(n)} documents…`);
    sizes.push(await benchSize(n, budget));
  }
  const result: StoreBenchResult = { machine: formatMachine(), sizes };
  writeSection({
    name: 'store',
    title: 'Embedded store',
    sizes: `${budget.sizes.map(int).join(' and ')} profile-like documents of ~${int(sizes[0]?.avgDocBytes ?? 0)} bytes of JSON${options.quick ? ' (quick smoke run)' : ''}`,
    body: renderStoreResults(result),
    file: resultsFileFor(options),
  });
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run({ quick: process.argv.includes('--quick') });
  console.log(renderStoreResults(result));
}
