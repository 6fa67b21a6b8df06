// Live chat under load (issue 5): 1 000 Socket.IO clients in 500 accepted startup ↔ expert
// conversations send 500 messages/s for 60 s to the real app (its production bundle) in this
// process; a load generator in a child process measures send → `message:new` on the other
// member's socket, checks that every message arrives exactly once and is acknowledged, and the
// store is counted afterwards. A bare Socket.IO relay is measured in the same run under the same
// load, alternating bare → ours.
// Targets: ours p99 ≤ 50 ms and ≤ 2× bare p99; zero lost or duplicated.
//   npm run bench -- --only realtime [--quick]   (or: node --max-semi-space-size=64 --min-semi-space-size=64 --heap-growing-percent=100 --import tsx bench/realtime.bench.ts)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { App } from '../server/src/app.js';
import { SERVER_NODE_FLAGS } from '../server/src/nodeFlags.js';
import { formatMachine } from './lib/machine.js';
import type { BenchOptions } from './lib/module.js';
import { startBareServer, type BareServer } from './lib/realtime/bare.js';
import type { ConnectionMemory } from './lib/realtime/driver.js';
import { driveRound, measureConnectionMemory } from './lib/realtime/driver.js';
import { indexOf } from './lib/realtime/ledger.js';
import type { LoadJob, PairSpec, Target } from './lib/realtime/protocol.js';
import type { RealtimeBenchResult, RealtimePlan, RealtimeRun, TargetSummary } from './lib/realtime/render.js';
import { othersCpu, perConnectionKb, renderRealtimeResults, TARGET_P99_MS, TARGET_RATIO } from './lib/realtime/render.js';
import { createPairs } from './lib/realtime/setup.js';
import { importServerBuild } from './lib/serverBuild.js';
import { int, ms, resultsFileFor, writeSection } from './lib/results.js';
import { median } from './lib/stats.js';

export { TARGET_P99_MS, TARGET_RATIO };

const FULL: RealtimePlan = {
  // Three rounds each, alternating: the median then survives one round disturbed by the shared machine.
  pairs: 500,
  rate: 500,
  durationS: 60,
  warmupS: 5,
  rounds: 3,
  setupConcurrency: 4,
  connectConcurrency: 25,
  drainTimeoutMs: 10_000,
  settleMs: 1_000,
  memoryWarmCycles: 1,
  memoryCycles: 2,
};
const QUICK: RealtimePlan = {
  pairs: 50,
  rate: 50,
  durationS: 10,
  warmupS: 2,
  rounds: 1,
  setupConcurrency: 4,
  connectConcurrency: 25,
  drainTimeoutMs: 5_000,
  settleMs: 500,
  memoryWarmCycles: 1,
  memoryCycles: 1,
};

/**
 * What a CPU profile of ours under this load showed when this benchmark was written. Kept with the
 * numbers because "not met" needs a why; revise it when the server changes.
 */
export const PROFILE_NOTES = [
  'Where ours spends its time (Linux perf with hardware counters and V8 sampling-heap profiles of the server over',
  'steady-state windows of this load, 2026-11-22). Per message ours does what the relay does not: checks the',
  'membership, validates, deduplicates by clientId, rate-limits, stores the message (one insert: a SQLite statement and',
  'the in-memory indexes), publishes a domain event, keeps the broadcast for connection-state recovery and acknowledges',
  'with the stored message. That is about 1.5× the relay’s instructions per message but 1.8–1.9× its CPU cycles: ours',
  'runs at a lower IPC (its working set — the store’s documents and indexes, SQLite’s pages — is colder in the caches),',
  'and even the socket writes, the same syscalls in both, cost ~1.5× the cycles in ours. The SQLite commit is the',
  'largest ours-only part (a quarter of the difference: the statement, the WAL write, the shared-memory locks), then',
  'the in-memory store, JSON and garbage collection (ours allocates ~1.7× what the relay does per message).',
  '',
  'Changes that moved the tail, each measured before and after:',
  '',
  '| Change | before → after |',
  '| --- | ---: |',
  '| The clientId lookup scanned the conversation; now answered from the unique `(conversationId, clientId)` index | 2.9 ms per send at 10 000 messages → µs |',
  '| mingo’s updater rebuilt its operator tables per update; plain $set/$unset/$inc applied directly; index entries touched only when their keys change | p99 6.3 → 4.0 ms (server CPU 23% → 16%) |',
  '| SQLite’s automatic WAL checkpoint ran inside the commit that crossed 1 000 pages — on the event loop, with an fsync, about once a second at this rate. Checkpoints now run on a worker thread (`server/src/store/embedded/checkpointer.ts`) | p99 3.6 → 1.7 ms |',
  '| Fewer copies: updates build the next version copy-on-write, inserts keep the caller’s strings, `{_id}` reads skip predicate compilation | scavenge every 0.31 → 0.40 s, 800 → 770 KB surviving each |',
  '| A 64 MB young generation (`--max-semi-space-size=64`, `server/src/nodeFlags.ts`): what a message leaves behind for a second or so dies young, promotion drops ~45% and old-generation collections become rarer | full runs: p99 4.51 and 6.16 ms → 1.98–3.30 ms (four rounds) |',
  '| A heap growing factor of 2 (`--heap-growing-percent=100`): V8 had let the old generation grow only ~7% between full collections, so one ran every ~7 s, each with 30–60 ms of incremental marking on the event loop | full runs: 4.25× bare → 3.04×, 2.39× |',
  '| A send is one insert: the conversation’s last message was rewritten with every message in a two-document transaction; the conversation list now derives it from the messages (index `(conversationId, _id)`) | 20 s runs: 2.4–3.0× bare → 1.9–2.1× |',
  '| Less allocation per message: the transactions’ AsyncLocalStorage switched off between transactions (on Node 20 an enabled one runs promise hooks for every promise), single writes skip the lock queue, filters compile only when a candidate exists | sampled allocation over 15 s of load 638 → 427 MB; full runs 2.01×, 1.74×, 2.10× |',
  '| Off the critical path: ids draw entropy for 256 at a time (`crypto.getRandomValues` per id cost ~30 000 cycles per message under load); socket events check the session’s known expiry (ended sessions close their sockets) instead of reading the store; a resend is recognised when the unique index refuses the insert instead of by a lookup before every message; a one-document write is one SQLite statement; the other members are written to before the sender’s tabs | steady-state cycles per message, ours ÷ relay: 2.2× (one round) → 1.6–1.9× (four rounds) |',
  '| The benchmark runs the production bundle (`server/dist`, as `npm start`), not the sources through tsx, which keeps function names at run time (an `Object.defineProperty` per closure created) | ~10 000 cycles per message of `defineProperty` in the send path alone → 0 |',
  '| The young generation’s minimum pinned at 64 MB (`--min-semi-space-size=64`): V8 shrank it to 4 MB after quiet spells and the next busy minute scavenged two to three times as often | young collections per round: 20, 29, 57 → 18, 19, 18 |',
  '| Less garbage: index keys read without a growing array, no double copy of an insert, the notification check without a promise when every recipient is connected here | sampled allocation over 15 s of load 378 → 356 MB (relay 204) |',
  '',
  'How the tail was attributed: every delivery’s send time and latency from the generator beside the timestamps of the',
  'server’s and the generator’s GC pauses (perf_hooks), over 30 s runs. Today the tail is mostly scavenges (5–9 ms each',
  'with a 64 MB young generation, for the relay as for ours; each delays the few messages that arrive meanwhile; ours runs',
  'about 1.7× as many) and scattered CPU contention: on this 2-core machine the server, the load generator, V8’s helper',
  'threads and the WAL checkpoint worker share two cores. The *young GC* and *full GC* columns above show the pauses per',
  'round.',
  '',
  'Full runs on 2026-11-22: 2.01×, 1.74×, 2.10× before the last four rows of the table; 2.06× with the first two of them',
  '(ours 1.21 / 0.89 / 1.10 ms against 0.44 / 0.69 / 0.54 ms; 57 scavenges in ours’ third round); 1.99× with all of them',
  '(0.51 / 0.84 / 0.76 against 0.38 / 0.34 / 0.40 ms; ours’ second round shared the machine with another process); then',
  '1.51×, the run above (0.58 / 0.48 / 0.70 against 0.39 / 0.35 / 0.42 ms, rounds 1.35–1.69×), with the stored message',
  'also keeping the conversation’s own id string. Ours’ p50 is now ~1.4× the relay’s. What is left is the work itself —',
  'the SQLite commit on the path to every delivery (side effects only after commit, so it cannot move), the in-memory',
  'store’s bookkeeping and the garbage both leave; on a disturbed round the ratio can still reach ~2×. Tried and not',
  'kept: single-threaded GC, no parallel scavenging, smaller young generations (16 and 8 MB: shorter but far more',
  'scavenges, p99 worse), a slower WAL checkpoint cadence.',
  '',
  'Run-to-run spread on this shared 2-core machine is large: the relay’s own p99 ranged 0.24–0.99 ms across full runs on',
  '2026-11-22, which is why each target is measured in three alternating rounds and compared by the medians.',
].join('\n');

interface Ours {
  app: App;
  url: string;
  close(): Promise<void>;
}

async function startOurs(): Promise<Ours> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-bench-realtime-'));
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DEMO_DATA: '0',
    // A thousand sign-ups from one address in a few seconds: the per-address registration limit would refuse most.
    REGISTER_MAX_PER_HOUR: '1000000',
  };
  // The production bundle, as `npm start` runs it (see serverBuild.ts).
  const { createApp, loadConfig } = await importServerBuild();
  // Cheaper password hashing (as in the test suite) keeps the set-up short; sign-ups are not what is measured.
  const config = loadConfig(env, { dataDir, passwordHashing: { memoryCost: 8192, timeCost: 1, parallelism: 1 } });
  const app = await createApp(config, { clientDir: null });
  const { port } = await app.listen(0, '127.0.0.1');
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close(2_000);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Messages of one run found in the store, each clientId counted once. */
async function storedMessages(app: App, runTag: string, sent: number): Promise<number> {
  const docs = await app.container.modules.conversations.repository.messages.find({}, { projection: { clientId: 1 } });
  const seen = new Uint8Array(sent);
  let found = 0;
  for (const doc of docs) {
    const i = indexOf(runTag, doc.clientId);
    if (i >= 0 && i < sent && seen[i] === 0) {
      seen[i] = 1;
      found++;
    }
  }
  return found;
}

async function waitForNoConnections(count: () => number, timeoutMs = 15_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (count() > 0) {
    if (performance.now() > deadline) throw new Error(`${count()} sockets still connected after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function summarizeTarget(runs: RealtimeRun[], memory: ConnectionMemory[], target: Target): TargetSummary {
  const mine = runs.filter((r) => r.target === target);
  return {
    p50: median(mine.map((r) => r.load.delivery.p50)),
    p95: median(mine.map((r) => r.load.delivery.p95)),
    p99: median(mine.map((r) => r.load.delivery.p99)),
    heapPerConnectionKb: median(memory.map((m) => perConnectionKb(m, 'heapUsedMb'))),
    rssPerConnectionKb: median(memory.map((m) => perConnectionKb(m, 'rssMb'))),
  };
}

/** Which of the server's production V8 flags this process (both servers live in it) runs with. */
function flagsNote(): string {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  const missing = SERVER_NODE_FLAGS.filter((flag) => !given.includes(flag));
  if (missing.length === 0)
    return `Both servers run in a process with the server's production V8 flags (\`${SERVER_NODE_FLAGS.join(' ')}\`, as \`npm start\`).`;
  return `**Run without the server's production V8 flags** (\`${missing.join(' ')}\` missing): use \`npm run bench\`, which adds them.`;
}

export async function run(options: BenchOptions = {}): Promise<RealtimeBenchResult> {
  const plan = options.quick ? QUICK : FULL;
  const started = performance.now();
  const loadStart = os.loadavg();
  if (!flagsNote().startsWith('Both')) console.warn(`realtime: ${flagsNote()}`);
  console.log(
    `realtime: ${plan.pairs * 2} clients, ${plan.rate} msg/s for ${plan.durationS} s, ${plan.rounds} round(s); load average ${loadStart.map((l) => l.toFixed(2)).join(' ')}`,
  );
  const ours = await startOurs();
  let bare: BareServer | null = null;
  const runs: RealtimeRun[] = [];
  const memory: Record<Target, ConnectionMemory[]> = { bare: [], ours: [] };
  let setupSeconds: number;
  try {
    const setupStart = performance.now();
    const pairs: PairSpec[] = await createPairs(ours.url, plan.pairs, plan.setupConcurrency, (done) =>
      console.log(`realtime: set-up ${done}/${plan.pairs} pairs`),
    );
    setupSeconds = (performance.now() - setupStart) / 1000;
    console.log(`realtime: ${plan.pairs} pairs ready in ${setupSeconds.toFixed(1)} s`);
    bare = await startBareServer();
    const bareServer = bare;
    const roundTimeoutMs = (plan.warmupS + plan.durationS) * 1000 + plan.drainTimeoutMs + 180_000;
    const engineOf = (target: Target) => (target === 'bare' ? bareServer.io.engine : ours.app.io.engine);
    const jobFor = (target: Target, runTag: string): LoadJob => ({
      target,
      url: target === 'bare' ? bareServer.url : ours.url,
      runTag,
      pairs: target === 'bare' ? pairs.map((p) => ({ conversationId: p.conversationId, cookies: null })) : pairs,
      rate: plan.rate,
      warmupS: plan.warmupS,
      durationS: plan.durationS,
      drainTimeoutMs: plan.drainTimeoutMs,
      connectConcurrency: plan.connectConcurrency,
    });

    // Memory per idle connection first, while neither server has handled a message.
    for (const target of ['bare', 'ours'] as const) {
      const engine = engineOf(target);
      for (let cycle = 1; cycle <= plan.memoryWarmCycles + plan.memoryCycles; cycle++) {
        await waitForNoConnections(() => engine.clientsCount);
        const reading = await measureConnectionMemory(jobFor(target, `m${cycle}-${target}`), {
          settleMs: plan.settleMs,
          connectedCount: () => engine.clientsCount,
          timeoutMs: 120_000,
        });
        if (cycle <= plan.memoryWarmCycles) continue;
        memory[target].push(reading);
        console.log(
          `realtime: memory ${target} cycle ${cycle - plan.memoryWarmCycles}: heap +${(reading.connected.heapUsedMb - reading.before.heapUsedMb).toFixed(1)} MB, RSS +${(reading.connected.rssMb - reading.before.rssMb).toFixed(1)} MB for ${reading.clients} sockets`,
        );
      }
    }

    for (let round = 1; round <= plan.rounds; round++) {
      for (const target of ['bare', 'ours'] as const) {
        const engine = engineOf(target);
        await waitForNoConnections(() => engine.clientsCount);
        const runTag = `r${round}-${target}-${Date.now().toString(36)}`;
        const outcome = await driveRound(jobFor(target, runTag), { connectedCount: () => engine.clientsCount, timeoutMs: roundTimeoutMs });
        const persisted = target === 'ours' ? await storedMessages(ours.app, runTag, outcome.load.sent) : null;
        const l = outcome.load;
        console.log(
          `realtime: round ${round} ${target}: ${l.sendRate.toFixed(0)} msg/s, p50 ${ms(l.delivery.p50)} p95 ${ms(l.delivery.p95)} p99 ${ms(l.delivery.p99)} ms; ` +
            `sent ${int(l.sent)}, lost ${l.lost}, dup ${l.duplicated}, acks ok ${int(l.acksOk)}${persisted === null ? '' : `, stored ${int(persisted)}`}; ` +
            `server CPU ${outcome.server.cpuPercent.toFixed(0)}%, others ${othersCpu(outcome)}, loop p99 ${ms(outcome.server.loopDelayP99Ms)} max ${ms(outcome.server.loopDelayMaxMs)} ms; GC young ${outcome.server.gc.young.count} / ${outcome.server.gc.young.totalMs.toFixed(0)} ms, full ${outcome.server.gc.full.count} / ${outcome.server.gc.full.totalMs.toFixed(0)} ms; load ${os.loadavg()[0]!.toFixed(2)}`,
        );
        runs.push({ round, target, ...outcome, persisted, loadAverage: os.loadavg()[0]! });
      }
    }
  } finally {
    await bare?.close();
    await ours.close();
  }
  const bareSummary = summarizeTarget(runs, memory.bare, 'bare');
  const oursSummary = summarizeTarget(runs, memory.ours, 'ours');
  const ratio = oursSummary.p99 / bareSummary.p99;
  const oursRuns = runs.filter((r) => r.target === 'ours');
  const verdict = {
    p99Ms: oursSummary.p99 <= TARGET_P99_MS,
    ratio: ratio <= TARGET_RATIO,
    noLoss: runs.every((r) => r.load.lost === 0),
    noDuplicates: runs.every((r) => r.load.duplicated === 0 && r.load.stray === 0),
    acksOk: runs.every((r) => r.load.acksOk === r.load.sent),
    persisted: oursRuns.every((r) => r.persisted === r.load.sent),
    noDisconnects: runs.every((r) => r.load.disconnects === 0),
  };
  const result: RealtimeBenchResult = {
    machine: formatMachine(),
    plan,
    setupSeconds,
    totalSeconds: (performance.now() - started) / 1000,
    loadAverage: { start: loadStart, end: os.loadavg() },
    runs,
    memory,
    bare: bareSummary,
    ours: oursSummary,
    ratio,
    verdict,
    pass: Object.values(verdict).every(Boolean),
  };
  console.log(
    `realtime: ours p99 ${ms(oursSummary.p99)} ms, bare p99 ${ms(bareSummary.p99)} ms, ratio ${ratio.toFixed(2)}× — ${result.pass ? 'all targets met' : 'targets NOT all met'}`,
  );
  writeSection({
    name: 'realtime',
    title: `Live chat: ${int(plan.pairs * 2)} Socket.IO clients at ${plan.rate} messages/s against a bare Socket.IO relay`,
    sizes: `${int(plan.pairs * 2)} clients in ${plan.pairs} conversations, ${plan.rate} messages/s for ${plan.durationS} s per run${options.quick ? ' (quick smoke run)' : ''}`,
    body: `${flagsNote()}\n\n${renderRealtimeResults(result)}\n\n${PROFILE_NOTES}`,
    file: resultsFileFor(options),
  });
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run({ quick: process.argv.includes('--quick') });
  console.log(renderRealtimeResults(result));
}
