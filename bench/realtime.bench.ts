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
  pairs: 500, rate: 500, durationS: 60, warmupS: 5, rounds: 3,
  setupConcurrency: 4, connectConcurrency: 25, drainTimeoutMs: 10_000, settleMs: 1_000, memoryWarmCycles: 1, memoryCycles: 2,
};
const QUICK: RealtimePlan = {
  pairs: 50, rate: 50, durationS: 10, warmupS: 2, rounds: 1,
  setupConcurrency: 4, connectConcurrency: 25, drainTimeoutMs: 5_000, settleMs: 500, memoryWarmCycles: 1, memoryCycles: 1,
};

/**
 * What a CPU profile of ours under this load showed when this benchmark was written. Kept with the
 * numbers because "not met" needs a why; revise it when the server changes.
 */
export const PROFILE_NOTES = [
  'Where ours spends its time (V8 CPU and sampling-heap profiles of the server over measured windows, 2026-11-22). Per',
  'message ours does what the relay does not: checks the session and the membership, deduplicates by clientId,',
  'rate-limits, stores the message (one insert), publishes a domain event, keeps the broadcast for connection-state',
  'recovery, checks whether the recipients are online and acknowledges with the stored message — about twice the',
  'relay’s server CPU per message (8% against 4% of a core at this rate). Socket writes (the same for both) are the',
  'largest single part; then garbage collection (ours allocates about twice what the relay does per message, so it',
  'runs about twice as many young collections), our own code (store bookkeeping first) and SQLite.',
  '',
  'Changes that moved the tail, each measured before and after in 15–30 s runs of this load:',
  '',
  '| Change | ours p99 before → after |',
  '| --- | ---: |',
  '| The clientId lookup scanned the conversation; now answered from the unique `(conversationId, clientId)` index | 2.9 ms per send at 10 000 messages → µs |',
  '| mingo’s updater rebuilt its operator tables per update; plain $set/$unset/$inc applied directly; index entries touched only when their keys change | 6.3 → 4.0 ms (server CPU 23% → 16%) |',
  '| SQLite’s automatic WAL checkpoint ran inside the commit that crossed 1 000 pages — on the event loop, with an fsync, about once a second at this rate. Checkpoints now run on a worker thread (`server/src/store/embedded/checkpointer.ts`) | 3.6 → 1.7 ms |',
  '| Fewer copies: updates build the next version copy-on-write, inserts keep the caller’s strings, `{_id}` reads skip predicate compilation, the per-event session check reads one field | scavenge every 0.31 → 0.40 s, 800 → 770 KB surviving each; p99 within noise |',
  '| A 64 MB young generation (`--max-semi-space-size=64`, `server/src/nodeFlags.ts`): what a message leaves behind for a second or so dies young, promotion drops ~45% and old-generation collections become rarer | full 60 s runs: 4.51 and 6.16 ms → 1.98–3.30 ms (four rounds) |',
  '| A heap growing factor of 2 (`--heap-growing-percent=100`): V8 had let the old generation grow only ~7% between full collections, so one ran every ~7 s, each with 30–60 ms of incremental marking on the event loop spread over 50–90 ms | two rounds of a full run: 2.39 and 2.73 ms (4.25× bare) → two full runs: 1.37 and 1.24 ms (3.04×), 1.23 and 0.63 ms (2.39×) |',
  '| A send is one insert: the conversation’s last message was rewritten with every message in a two-document transaction; the conversation list now derives it from the messages (index `(conversationId, _id)`) | 20 s runs, same process: 1.44 and 1.00 ms (2.4–3.0× bare) → 0.99 and 0.66 ms (1.9–2.1×); p50 0.22–0.27 → 0.19 ms |',
  '| Less allocation per message: the transactions’ AsyncLocalStorage switched off between transactions (on Node 20 an enabled one runs promise hooks for every promise), single writes skip the lock queue when it is free, filters compile only when a candidate exists, connected recipients found without an await, index keys read once | sampled allocation over 15 s of load 488 → 427 MB (638 MB before the row above); young collections per 65 s round 35–36 → 23–29; full runs: 2.01×, then (with the last two items) 1.74× and 2.10× bare |',
  '',
  'How the tail was attributed (2026-11-22): every delivery’s send time and latency from the generator, beside the',
  'timestamps of the server’s and the generator’s GC pauses (perf_hooks), over 30 s runs. Before the growing factor, about',
  'half of the slowest 1% fell in the windows between the start of incremental marking and the end of a full collection',
  '(clusters of 10–25 messages delayed 2–9 ms, every ~7 s); a quarter overlapped scavenges; the rest were scattered ones',
  'and twos. After it, full collections are rare and the tail is mostly scavenges (5–9 ms each with a 64 MB young',
  'generation, for the relay as for ours; each delays the few messages that arrive meanwhile) and scattered CPU',
  'contention: on this 2-core machine the server, the load generator, V8’s helper threads and the WAL checkpoint worker',
  'share two cores. The *young GC* and *full GC* columns above show the pauses per round.',
  '',
  'What is left: the ratio now sits at about 2×, on either side of it. Three full runs today: 2.01× (rounds 0.75–0.80 ms',
  'against 0.38–0.41 ms), then with the last two items of the table 1.74× (0.65–0.99 against 0.39–0.47 ms) and 2.10× (the',
  'run above: 0.48–0.70 against 0.24–0.28 ms — ours’ best p99 yet, the relay’s too). Ours’ whole distribution is now',
  'about twice the relay’s (p50 0.15–0.20 against 0.08–0.10 ms): twice the server CPU per message (socket writes take',
  'longer in ours too, ~20 µs per message more in a CPU profile, not yet explained), about twice the allocation and so',
  'twice the young collections. A reliable margin needs the hot path to shed more work (the next candidates: the',
  'per-event session check reads and copies through the general query path, the membership read copies the whole',
  'conversation, index keys are built twice per insert, each id costs a `crypto.getRandomValues` call). Tried and not',
  'kept: single-threaded GC, no parallel scavenging, smaller young generations (16 and 8 MB: shorter but far more',
  'scavenges, p99 worse) and a slower WAL checkpoint cadence.',
  '',
  'Run-to-run spread on this shared 2-core machine is large: the relay’s own p99 ranged 0.24–0.99 ms across full runs on',
  '2026-11-22 and single rounds of ours (current code) 0.48–0.99 ms, which is why each target is measured in three',
  'alternating rounds and compared by the medians.',
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
  const docs = await app.container.repos.conversations.messages.find({}, { projection: { clientId: 1 } });
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
  if (missing.length === 0) return `Both servers run in a process with the server's production V8 flags (\`${SERVER_NODE_FLAGS.join(' ')}\`, as \`npm start\`).`;
  return `**Run without the server's production V8 flags** (\`${missing.join(' ')}\` missing): use \`npm run bench\`, which adds them.`;
}

export async function run(options: BenchOptions = {}): Promise<RealtimeBenchResult> {
  const plan = options.quick ? QUICK : FULL;
  const started = performance.now();
  const loadStart = os.loadavg();
  if (!flagsNote().startsWith('Both')) console.warn(`realtime: ${flagsNote()}`);
  console.log(`realtime: ${plan.pairs * 2} clients, ${plan.rate} msg/s for ${plan.durationS} s, ${plan.rounds} round(s); load average ${loadStart.map((l) => l.toFixed(2)).join(' ')}`);
  const ours = await startOurs();
  let bare: BareServer | null = null;
  const runs: RealtimeRun[] = [];
  const memory: Record<Target, ConnectionMemory[]> = { bare: [], ours: [] };
  let setupSeconds: number;
  try {
    const setupStart = performance.now();
    const pairs: PairSpec[] = await createPairs(ours.url, plan.pairs, plan.setupConcurrency, (done) => console.log(`realtime: set-up ${done}/${plan.pairs} pairs`));
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
        console.log(`realtime: memory ${target} cycle ${cycle - plan.memoryWarmCycles}: heap +${(reading.connected.heapUsedMb - reading.before.heapUsedMb).toFixed(1)} MB, RSS +${(reading.connected.rssMb - reading.before.rssMb).toFixed(1)} MB for ${reading.clients} sockets`);
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
  console.log(`realtime: ours p99 ${ms(oursSummary.p99)} ms, bare p99 ${ms(bareSummary.p99)} ms, ratio ${ratio.toFixed(2)}× — ${result.pass ? 'all targets met' : 'targets NOT all met'}`);
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
