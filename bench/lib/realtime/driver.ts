// Parent side of the realtime load: forks the generator, and watches the server process (this
// one) while it works: memory with and without the client sockets, and event-loop delay and CPU
// during the measured window.
import { fork, type ChildProcess } from 'node:child_process';
import { constants, monitorEventLoopDelay, performance, type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { MemoryReading } from '../memory.js';
import { machineCpuPercent, readMachineTicks } from './machineCpu.js';
import { readMemory } from '../memory.js';
import type { GeneratorMessage, LoadJob, LoadResult, ParentMessage } from './protocol.js';

const GENERATOR = fileURLToPath(new URL('./generator.ts', import.meta.url));

export interface ServerSide {
  /** Event-loop delay of the server process in the measured window (ms). */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** CPU of the server process in the measured window (100% = one core). */
  cpuPercent: number;
  /** CPU of the whole machine in the same window (100% = one core; null off Linux). */
  machineCpuPercent: number | null;
  /** Garbage-collection pauses of the server process in the measured window. */
  gc: GcPauses;
}

export interface GcPauses {
  /** Scavenges of the young generation. */
  young: { count: number; totalMs: number };
  /** Full (mark-compact) collections; their time includes the incremental-marking finalisation pauses. */
  full: { count: number; totalMs: number };
}

export interface RoundOutcome {
  load: LoadResult;
  server: ServerSide;
}

export interface ConnectionMemory {
  clients: number;
  connectMs: number;
  /** After GC, before the clients connect. */
  before: MemoryReading;
  /** After GC, with every client connected and idle. */
  connected: MemoryReading;
}

export interface DriveOptions {
  /** The number of sockets the server under test has open (to wait for every handshake). */
  connectedCount: () => number;
  /** Give up after this long. */
  timeoutMs: number;
}

/** Counts this process's GC pauses while started (perf_hooks `gc` entries). */
function watchGc(): { start(): void; stop(): GcPauses } {
  const pauses: GcPauses = { young: { count: 0, totalMs: 0 }, full: { count: 0, totalMs: 0 } };
  let on = false;
  const observer = new PerformanceObserver((list) => {
    if (!on) return;
    for (const entry of list.getEntries()) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) {
        pauses.young.count++;
        pauses.young.totalMs += entry.duration;
      } else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
        pauses.full.count++;
        pauses.full.totalMs += entry.duration;
      } else if (kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL) {
        pauses.full.totalMs += entry.duration;
      }
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    start: () => void (on = true),
    stop: () => {
      on = false;
      observer.disconnect();
      return pauses;
    },
  };
}

/** A CPU profile is for the server: the generator child does not inherit --cpu-prof. */
function generatorExecArgv(): string[] {
  return process.execArgv.filter((arg) => !arg.startsWith('--cpu-prof') && !arg.startsWith('--heap-prof') && !arg.startsWith('--inspect'));
}

/**
 * Fork the generator, hand it the job and route its messages to `on` until it reports a result.
 * Resolves with that result; rejects on an error report, an early exit or the timeout.
 */
function converse(job: LoadJob, timeoutMs: number, on: (message: GeneratorMessage, child: ChildProcess) => void): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(GENERATOR, [], { execArgv: generatorExecArgv(), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    const finish = (error: Error | null, result?: LoadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        child.kill();
        reject(error);
      } else resolve(result!);
    };
    const timer = setTimeout(() => finish(new Error(`${job.target} run did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
    child.on('message', (message: GeneratorMessage) => {
      if (message.type === 'result') finish(null, message.result);
      else if (message.type === 'error') finish(new Error(`load generator (${job.target}): ${message.error}`));
      else {
        try {
          on(message, child);
        } catch (error) {
          finish(error instanceof Error ? error : new Error(String(error)));
        }
      }
    });
    child.once('error', (error) => finish(error));
    child.once('exit', (code) => finish(new Error(`load generator (${job.target}) exited with code ${code} before reporting`)));
    child.send({ type: 'start', job } satisfies ParentMessage);
  });
}

async function settle(expected: number, options: DriveOptions, settleMs: number): Promise<void> {
  const deadline = performance.now() + 10_000;
  while (options.connectedCount() < expected && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, settleMs));
}

/** Server memory (after GC) before the job's clients connect and with all of them connected and idle; no messages. */
export async function measureConnectionMemory(job: LoadJob, options: DriveOptions & { settleMs: number }): Promise<ConnectionMemory> {
  const before = readMemory();
  const seen: { connected?: MemoryReading; clients: number; connectMs: number } = { clients: 0, connectMs: 0 };
  await converse({ ...job, idleOnly: true }, options.timeoutMs, (message, child) => {
    if (message.type !== 'connected') return;
    seen.clients = message.sockets;
    seen.connectMs = message.connectMs;
    void settle(message.sockets, options, options.settleMs).then(() => {
      seen.connected = readMemory();
      child.send({ type: 'go' } satisfies ParentMessage);
    });
  });
  if (!seen.connected) throw new Error('memory was not read with the clients connected');
  return { clients: seen.clients, connectMs: seen.connectMs, before, connected: seen.connected };
}

/** One load run: connect, send at the job's rate, and report the generator's and the server's view. */
export async function driveRound(job: LoadJob, options: DriveOptions): Promise<RoundOutcome> {
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  const gc = watchGc();
  let cpuStart = process.cpuUsage();
  let measureStart = 0;
  let machineStart = readMachineTicks();
  const seen: { server?: ServerSide } = {};
  try {
    const load = await converse(job, options.timeoutMs, (message, child) => {
      if (message.type === 'connected') {
        void settle(message.sockets, options, 200).then(() => child.send({ type: 'go' } satisfies ParentMessage));
      } else if (message.type === 'measuring') {
        measureStart = performance.now();
        cpuStart = process.cpuUsage();
        machineStart = readMachineTicks();
        loopDelay.enable();
        gc.start();
      } else if (message.type === 'measured') {
        const cpu = process.cpuUsage(cpuStart);
        loopDelay.disable();
        const pauses = gc.stop();
        seen.server = {
          loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
          loopDelayMaxMs: loopDelay.max / 1e6,
          cpuPercent: ((cpu.user + cpu.system) / 1000 / (performance.now() - measureStart)) * 100,
          machineCpuPercent: machineCpuPercent(machineStart, readMachineTicks()),
          gc: pauses,
        };
      }
    });
    if (!seen.server) throw new Error(`${job.target} generator reported without a measured window`);
    return { load, server: seen.server };
  } finally {
    loopDelay.disable();
    gc.stop();
  }
}
