// Child process of the realtime benchmark: opens every client socket (one process, so the server
// keeps its own event loop), reports when all are connected, waits for "go", then sends at a
// steady rate, records each delivery to the other member's socket and each acknowledgement, and
// reports one LoadResult. Send and receive times are read from this process's monotonic clock,
// so both ends of a latency share one clock; the wall-clock send time is also written in the body.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { clientIdOf, DeliveryLedger, indexOf, senderOf, type Side } from './ledger.js';
import { summarize } from '../stats.js';
import type { GeneratorMessage, LoadJob, LoadResult, ParentMessage } from './protocol.js';

const TICK_MS = 2;

function say(message: GeneratorMessage): Promise<void> {
  return new Promise((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));
}

interface Client {
  socket: Socket;
  pair: number;
  side: Side;
}

function connectOne(job: LoadJob, pair: number, side: Side): Promise<Socket> {
  const spec = job.pairs[pair]!;
  const socket = io(job.url, {
    transports: ['websocket'],
    // One connection per client (no multiplexing over a shared Manager), and no silent reconnects:
    // a dropped socket must show up as a disconnect, not hide lost messages.
    forceNew: true,
    reconnection: false,
    timeout: 30_000,
    ...(spec.cookies
      ? { extraHeaders: { cookie: spec.cookies[side] } }
      : { auth: { room: spec.conversationId, member: `${pair}-${side}` } }),
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.disconnect();
      reject(new Error(`socket ${pair}/${side} could not connect: ${error.message}`));
    });
  });
}

async function connectAll(job: LoadJob): Promise<Client[]> {
  const wanted: { pair: number; side: Side }[] = [];
  for (let pair = 0; pair < job.pairs.length; pair++) wanted.push({ pair, side: 0 }, { pair, side: 1 });
  const clients: Client[] = [];
  let next = 0;
  const worker = async () => {
    while (next < wanted.length) {
      const { pair, side } = wanted[next++]!;
      clients.push({ socket: await connectOne(job, pair, side), pair, side });
    }
  };
  try {
    await Promise.all(Array.from({ length: job.connectConcurrency }, worker));
  } catch (error) {
    for (const c of clients) c.socket.disconnect();
    throw error;
  }
  return clients;
}

function waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  return new Promise((resolve) => {
    const check = () => (predicate() || performance.now() >= deadline ? resolve() : setTimeout(check, 20));
    check();
  });
}

async function runLoad(job: LoadJob, clients: Client[], connectMs: number): Promise<LoadResult> {
  const pairs = job.pairs.length;
  const warmupCount = Math.round(job.warmupS * job.rate);
  const total = warmupCount + Math.round(job.durationS * job.rate);
  const ledger = new DeliveryLedger(pairs, total);
  const bySender = new Map<string, Client>(clients.map((c) => [`${c.pair}/${c.side}`, c]));
  let disconnects = 0;
  let stopping = false;

  for (const client of clients) {
    client.socket.on('message:new', (payload: { message?: { clientId?: unknown } } | undefined) => {
      ledger.received(indexOf(job.runTag, payload?.message?.clientId), client.pair, client.side, performance.now());
    });
    client.socket.on('disconnect', () => {
      if (!stopping) disconnects++;
    });
  }

  const sendOne = () => {
    const at = performance.now();
    const i = ledger.send(at, ledger.sent >= warmupCount);
    const { pair, side } = senderOf(i, pairs);
    const clientId = clientIdOf(job.runTag, i);
    const body = `Tin nhắn đo tải số ${i} (gửi lúc ${new Date().toISOString()})`;
    bySender
      .get(`${pair}/${side}`)!
      .socket.emit('message:send', { conversationId: job.pairs[pair]!.conversationId, body, clientId }, (answer: unknown) => {
        const a = answer as { ok?: boolean; message?: { clientId?: string }; error?: { code?: string } } | undefined;
        const ok = a?.ok === true && a.message?.clientId === clientId;
        ledger.acked(i, ok, ok ? '' : (a?.error?.code ?? 'malformed_ack'), performance.now());
      });
  };

  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  let cpuAtMeasure = process.cpuUsage();
  let measureStart = 0;

  const start = performance.now();
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * job.rate));
      while (ledger.sent < due) {
        if (ledger.sent === warmupCount) {
          measureStart = performance.now();
          cpuAtMeasure = process.cpuUsage();
          loopDelay.enable();
          void say({ type: 'measuring' });
        }
        sendOne();
      }
      if (ledger.sent >= total) {
        clearInterval(timer);
        resolve();
      }
    }, TICK_MS);
  });
  const measureEnd = performance.now();
  loopDelay.disable();
  const cpu = process.cpuUsage(cpuAtMeasure);
  void say({ type: 'measured' });

  await waitFor(() => ledger.settled, job.drainTimeoutMs);
  stopping = true;
  const s = ledger.summary();
  const measuredSeconds = (measureEnd - measureStart) / 1000;
  return {
    ...s,
    clients: clients.length,
    connectMs,
    measuredSeconds,
    sendRate: s.measuredSent / measuredSeconds,
    disconnects,
    generatorLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    generatorCpuPercent: ((cpu.user + cpu.system) / 1000 / (measureEnd - measureStart)) * 100,
  };
}

function idleResult(clients: number, connectMs: number): LoadResult {
  const none = summarize([]);
  return {
    clients,
    connectMs,
    sent: 0,
    measuredSent: 0,
    measuredSeconds: 0,
    sendRate: 0,
    delivery: none,
    ack: none,
    acksOk: 0,
    acksFailed: 0,
    ackErrors: {},
    acksMissing: 0,
    lost: 0,
    duplicated: 0,
    echoes: 0,
    stray: 0,
    disconnects: 0,
    generatorLoopDelayP99Ms: 0,
    generatorCpuPercent: 0,
  };
}

async function main(job: LoadJob, go: Promise<void>): Promise<void> {
  const connectStart = performance.now();
  const clients = await connectAll(job);
  const connectMs = performance.now() - connectStart;
  await say({ type: 'connected', sockets: clients.length, connectMs });
  await go;
  try {
    const result = job.idleOnly ? idleResult(clients.length, connectMs) : await runLoad(job, clients, connectMs);
    await say({ type: 'result', result });
  } finally {
    for (const c of clients) c.socket.disconnect();
  }
}

let goSignal: () => void = () => undefined;
const go = new Promise<void>((resolve) => (goSignal = resolve));
process.on('message', (message: ParentMessage) => {
  if (message.type === 'go') goSignal();
  else if (message.type === 'start') {
    main(message.job, go).then(
      () => process.exit(0),
      async (error: unknown) => {
        await say({ type: 'error', error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  }
});
