// Live chat under load (issue 5): 1 000 Socket.IO clients in 500 accepted startup ↔ expert
// conversations send 500 messages/s for 60 s to the real app in this process; a load generator in
// a child process measures send → `message:new` on the other member's socket, checks that every
// message arrives exactly once and is acknowledged, and the store is counted afterwards. A bare
// Socket.IO relay is measured in the same run under the same load, alternating bare → ours.
// Targets: ours p99 ≤ 50 ms and ≤ 2× bare p99; zero lost or duplicated.
//   npx tsx bench/realtime.bench.ts [--quick]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { App } from '../server/src/app.js';
import { createApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
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
import { int, ms, resultsFileFor, writeSection } from './lib/results.js';
import { median } from './lib/stats.js';

export { TARGET_P99_MS, TARGET_RATIO };

const FULL: RealtimePlan = {
  pairs: 500, rate: 500, durationS: 60, warmupS: 5, rounds: 2,
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
  'Where ours spends its time (V8 CPU profiles of the server over the measured windows, 2026-11-22). Ours does per',
  'message what the bare relay does not: checks the session and the membership, deduplicates by clientId, rate-limits,',
  'stores the message and the conversation’s last message in one transaction, publishes a domain event, checks whether',
  'the recipient is online (for notifications) and acknowledges with the stored message — about 0.3 ms of server CPU per',
  'message against 0.08 ms for bare (16% against 4% of a core at 500 msg/s). The largest parts are the socket writes',
  '(bare makes the same writes), garbage collection, the SQLite statements (commit p99 0.5 ms measured alone at this',
  'rate) and the store’s own bookkeeping.',
  '',
  'Fixed after the first runs: the clientId lookup used only the first field of the unique `(conversationId, clientId)`',
  'index and so scanned the conversation (2.9 ms per send at 10 000 messages); the embedded store now answers equality on',
  'every field of a unique index from that index. Plain $set/$unset/$inc updates no longer go through mingo’s updater',
  '(it rebuilt its operator tables per call: ~12% of the busy time), and index entries are touched only when their keys',
  'change (23% → 16% server CPU, p99 6.3 → 4.0 ms). Presence checks answer from local sockets before asking the cluster,',
  'and the recovery buffer keeps 30 s of packets instead of 2 min.',
  '',
  'The p99 tail of both servers follows event-loop stalls (garbage collection — the embedded store keeps every message in',
  'memory — and CPU taken by other work on this shared machine: see *others CPU* and *loop max*); ours, spending several',
  'times more CPU per message, takes longer to drain the queue a stall leaves, so the same stall costs it more at p99.',
  'Earlier full runs on 2026-11-22 (p99 as the median of the two rounds; before the fixes above):',
  '',
  '| Run (UTC) | others CPU | bare p99 | ours p99 | ours / bare |',
  '| --- | ---: | ---: | ---: | ---: |',
  '| 00:17 | not recorded (load 2.4–3.0) | 2.34 | 168 (17.7 and 319) | 72× |',
  '| 00:31 | not recorded (load 5–8.6) | 10.2 | 574 | 56× |',
  '| 00:38 | 74–101% | 2.06 | 47.2 | 23× |',
  '| 00:52 | 0–13% | 0.535 | 7.22 | 13.5× |',
  '| 00:57 | 92–105% | 2.26 | 69.6 | 31× |',
  '',
  'So on this machine ours meets p99 ≤ 50 ms with room to spare when it has the machine to itself, and hovers around it or',
  'misses it when other work takes about half of the machine; it is within 2× of bare in none of the runs. Zero lost, zero',
  'duplicated, every ack ok and every message stored in all five.',
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

export async function run(options: BenchOptions = {}): Promise<RealtimeBenchResult> {
  const plan = options.quick ? QUICK : FULL;
  const started = performance.now();
  const loadStart = os.loadavg();
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
            `server CPU ${outcome.server.cpuPercent.toFixed(0)}%, others ${othersCpu(outcome)}, loop p99 ${ms(outcome.server.loopDelayP99Ms)} max ${ms(outcome.server.loopDelayMaxMs)} ms; load ${os.loadavg()[0]!.toFixed(2)}`,
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
    body: `${renderRealtimeResults(result)}\n\n${PROFILE_NOTES}`,
    file: resultsFileFor(options),
  });
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run({ quick: process.argv.includes('--quick') });
  console.log(renderRealtimeResults(result));
}
