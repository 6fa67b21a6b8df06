// The realtime section of docs/BENCHMARKS.md: per-run table, medians, correctness, memory.
import os from 'node:os';
import { RECOVERY_WINDOW_MS } from '../../../server/src/realtime/server.js';
import { int, mb, ms, table } from '../results.js';
import type { ConnectionMemory, RoundOutcome } from './driver.js';
import type { Target } from './protocol.js';

export interface RealtimePlan {
  pairs: number;
  rate: number;
  durationS: number;
  warmupS: number;
  rounds: number;
  setupConcurrency: number;
  connectConcurrency: number;
  drainTimeoutMs: number;
  settleMs: number;
  /** Connect/disconnect cycles per target before the memory readings (not reported). */
  memoryWarmCycles: number;
  /** Reported memory readings per target (median taken). */
  memoryCycles: number;
}

export interface RealtimeRun extends RoundOutcome {
  round: number;
  target: Target;
  /** Ours only: messages of this run found in the store afterwards (null for bare). */
  persisted: number | null;
  /** 1-minute load average of the machine when the run ended. */
  loadAverage: number;
}

export interface TargetSummary {
  p50: number;
  p95: number;
  p99: number;
  heapPerConnectionKb: number;
  rssPerConnectionKb: number;
}

export interface RealtimeVerdict {
  p99Ms: boolean;
  ratio: boolean;
  noLoss: boolean;
  noDuplicates: boolean;
  acksOk: boolean;
  persisted: boolean;
  noDisconnects: boolean;
}

export interface RealtimeBenchResult {
  machine: string;
  plan: RealtimePlan;
  setupSeconds: number;
  totalSeconds: number;
  loadAverage: { start: number[]; end: number[] };
  runs: RealtimeRun[];
  memory: Record<Target, ConnectionMemory[]>;
  bare: TargetSummary;
  ours: TargetSummary;
  /** ours p99 / bare p99. */
  ratio: number;
  verdict: RealtimeVerdict;
  pass: boolean;
}

export const TARGET_P99_MS = 50;
export const TARGET_RATIO = 2;

const LABEL: Record<Target, string> = { bare: 'bare Socket.IO', ours: 'KếtNối' };

export function perConnectionKb(m: ConnectionMemory, field: 'heapUsedMb' | 'rssMb'): number {
  return ((m.connected[field] - m.before[field]) * 1024) / m.clients;
}

/** CPU the rest of the machine used during the measured window (100% = one core). */
export function othersCpu(run: RoundOutcome): string {
  const machine = run.server.machineCpuPercent;
  if (machine === null) return '—';
  return `${Math.max(0, machine - run.server.cpuPercent - run.load.generatorCpuPercent).toFixed(0)}%`;
}

const yes = (ok: boolean) => (ok ? 'met' : '**not met**');
const loads = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');

function pauses(p: { count: number; totalMs: number }): string {
  return `${p.count} / ${p.totalMs.toFixed(0)}`;
}

export function renderRealtimeResults(r: RealtimeBenchResult): string {
  const { plan } = r;
  const clients = plan.pairs * 2;
  const runRows = r.runs.map((run) => [
    run.round,
    LABEL[run.target],
    int(run.load.measuredSent),
    run.load.sendRate.toFixed(0),
    ms(run.load.delivery.p50),
    ms(run.load.delivery.p95),
    ms(run.load.delivery.p99),
    ms(run.load.delivery.max),
    ms(run.load.ack.p99),
    `${run.server.cpuPercent.toFixed(0)}%`,
    ms(run.server.loopDelayP99Ms),
    ms(run.server.loopDelayMaxMs),
    pauses(run.server.gc.young),
    pauses(run.server.gc.full),
    `${run.load.generatorCpuPercent.toFixed(0)}%`,
    othersCpu(run),
    `${(run.load.connectMs / 1000).toFixed(1)} s`,
    run.loadAverage.toFixed(1),
  ]);
  const checkRows = r.runs.map((run) => [
    run.round,
    LABEL[run.target],
    int(run.load.sent),
    int(run.load.sent - run.load.lost),
    run.load.lost,
    run.load.duplicated,
    `${int(run.load.acksOk)} / ${run.load.acksFailed} / ${run.load.acksMissing}`,
    int(run.load.echoes),
    run.load.stray,
    run.load.disconnects,
    run.persisted === null ? '—' : int(run.persisted),
  ]);
  const memoryRows = (['bare', 'ours'] as const).flatMap((t) =>
    r.memory[t].map((m, i) => [
      LABEL[t],
      i + 1,
      `${mb(m.before.heapUsedMb)} → ${mb(m.connected.heapUsedMb)} MB`,
      `${mb(m.before.rssMb)} → ${mb(m.connected.rssMb)} MB`,
      `${perConnectionKb(m, 'heapUsedMb').toFixed(1)} KB`,
      `${perConnectionKb(m, 'rssMb').toFixed(1)} KB`,
    ]),
  );
  const summaryRows = (['bare', 'ours'] as const).map((t) => {
    const s = r[t];
    return [LABEL[t], ms(s.p50), ms(s.p95), ms(s.p99), `${s.heapPerConnectionKb.toFixed(1)} KB`];
  });
  const errors = r.runs.flatMap((run) =>
    Object.entries(run.load.ackErrors).map(([code, n]) => `${LABEL[run.target]} round ${run.round}: ${n} × ${code}`),
  );
  const v = r.verdict;
  return [
    `${int(clients)} Socket.IO clients (websocket transport) in **one** child process, ${plan.pairs} conversations of two; together they send`,
    `${plan.rate} messages/s for ${plan.durationS} s (after ${plan.warmupS} s of unmeasured warm-up at the same rate). Message *i* goes to`,
    `conversation *i* mod ${plan.pairs}, alternately from each side, so every client sends one message every ${((2 * plan.pairs) / plan.rate).toFixed(1)} s`,
    '(below the per-user limit of 20 then 5/s). The server under test runs in the benchmark process, the clients in the child,',
    'so they never share an event loop. Each target is measured in turn, alternating bare → ours' +
      (plan.rounds > 1 ? `, ${plan.rounds} rounds.` : ', once.'),
    '',
    '- **Delivery latency**: from `message:send` to `message:new` on the *other* member’s socket. Both ends are in the generator',
    '  process, so one monotonic clock reads both (the wall-clock send time is also written in the message body).',
    '- **Ours** is the whole app (`server/src/app.ts`, run from its production bundle as `npm start` runs it) with the embedded',
    '  store: the handshake authenticated from the session cookie, the session’s expiry checked on every event (a session',
    '  that ends closes its sockets), payload validation, membership check, per-user rate limit, the message stored (one',
    '  insert, deduplicated by clientId through a unique index; no transaction), `message:new` emitted after commit to every',
    '  member’s user room (the other members first, the sender’s own socket included), the offline-notification check,',
    `  and connection-state recovery (every broadcast kept for ${RECOVERY_WINDOW_MS / 1000} s; Socket.IO drops expired ones once a minute).`,
    '- **Bare** is `new Server(httpServer)` from `socket.io`: no auth, no store; each client joins its conversation’s room and',
    '  every `message:send` is acknowledged and relayed to that room (both sockets), with a message object of the same shape.',
    `- Users: ${int(clients)} accounts made through the real HTTP API (register → \`PUT /api/profiles/me\` → \`POST /api/intros\` →`,
    `  \`POST /api/intros/:id/accept\`, ${plan.setupConcurrency} pairs at a time; ${r.setupSeconds.toFixed(0)} s), each client connecting with the session`,
    '  cookie its registration set. Password hashing is lowered for this set-up only (argon2id, 8 MiB, 1 pass, as in the',
    '  test suite) so that a thousand sign-ups take seconds; it plays no part in the messages measured.',
    `- Load average (1 / 5 / 15 min) at the start: ${loads(r.loadAverage.start)}; at the end: ${loads(r.loadAverage.end)}. Whole run ${(r.totalSeconds / 60).toFixed(1)} min.`,
    '',
    'Latency in milliseconds. *server CPU* and *loop p99 / max* are the server process’s CPU (100% = one core) and event-loop',
    'delay during the measured window; *young GC* and *full GC* are the server process’s garbage-collection pauses in that window',
    '(count / total ms; a full collection’s time includes its incremental-marking finalisation); *gen. CPU* is the load',
    'generator’s; *others CPU* is what the rest of the machine used meanwhile',
    `(whole-machine CPU from /proc/stat minus server and generator; the machine has ${os.cpus().length} cores, so ${os.cpus().length * 100}% is all of it);`,
    '*connect all* is the time to open every socket;',
    '*load* is the machine’s 1-minute load average when the run ended.',
    '',
    table(
      [
        'Round',
        'Target',
        'measured msgs',
        'msgs/s',
        'p50',
        'p95',
        'p99',
        'max',
        'ack p99',
        'server CPU',
        'loop p99',
        'loop max',
        'young GC',
        'full GC',
        'gen. CPU',
        'others CPU',
        'connect all',
        'load',
      ],
      runRows,
    ),
    '',
    'Every message of the run (warm-up included) is checked: delivered exactly once to the other member’s socket, acknowledged',
    '`ok:true` with its own clientId, and, for ours, stored (messages of that run counted in the store afterwards). *Echoes* are',
    'the copies each sender’s own socket receives (API.md: every member, the sender’s other tabs included).',
    '',
    table(
      [
        'Round',
        'Target',
        'sent',
        'delivered to peer',
        'lost',
        'duplicated',
        'acks ok / refused / missing',
        'echoes',
        'stray',
        'disconnects',
        'stored',
      ],
      checkRows,
    ),
    errors.length ? `\nRefused acks: ${errors.join('; ')}.` : '',
    '',
    `Memory per connection, measured before the message runs: the server process’s heap and RSS after GC, before the`,
    `${int(clients)} clients connect and with all of them connected and idle, difference ÷ clients. Each target is first connected`,
    `and disconnected ${plan.memoryWarmCycles === 1 ? 'once' : `${plan.memoryWarmCycles} times`} unrecorded (so one-time code and buffers are not counted as per-connection cost), then`,
    `measured ${plan.memoryCycles === 1 ? 'once' : `${plan.memoryCycles} times`}. The bare server lives in the same process as the idle app, which does not change the difference.`,
    'RSS moves with what the allocator keeps or returns (it can even shrink while sockets open), so the heap difference is',
    'the number to compare; RSS is shown for completeness.',
    '',
    table(['Target', 'cycle', 'heap', 'RSS', 'heap / connection', 'RSS / connection'], memoryRows),
    '',
    'Medians over the rounds (latency) and over the measured cycles (memory):',
    '',
    table(['Target', 'p50', 'p95', 'p99', 'heap / connection'], summaryRows),
    '',
    `**Ours p99 / bare p99 = ${r.ratio.toFixed(2)}×** (target ≤ ${TARGET_RATIO}×): ${yes(v.ratio)}. ` +
      `**Ours p99 = ${ms(r.ours.p99)} ms** (target ≤ ${TARGET_P99_MS} ms): ${yes(v.p99Ms)}.  `,
    `Zero lost: ${yes(v.noLoss)}. Zero duplicated: ${yes(v.noDuplicates)}. Every ack ok: ${yes(v.acksOk)}. ` +
      `Every message stored: ${yes(v.persisted)}. No socket dropped: ${yes(v.noDisconnects)}.`,
  ]
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n');
}
