// Mail delivery through the real worker to a local SMTP peer (smtp-server, in this process).
//   1. Backlog: N mails are queued (each in its own transaction) while the worker is stopped,
//      then one delivery run sends them all: the delivery rate.
//   2. Live: the background jobs run as in production and mails are committed at a steady pace:
//      the time from each commit to the peer accepting the mail (p50/p95/p99).
//   3. Route pairs: a request that queues a mail beside the same request without mail, alternating,
//      compared by the median (target: at most 10% slower). A pair is added to ROUTE_PAIRS once a
//      route queues mail; each names how to make a request of either kind.
//   npx tsx bench/mail.bench.ts [--quick]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { App } from '../server/src/app.js';
import { createApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { JOBS } from '../server/src/jobs/index.js';
import { SmtpPeer } from '../server/test/helpers/smtpPeer.js';
import type { HttpLoadResult } from './lib/http-load.js';
import { runHttpLoad } from './lib/http-load.js';
import type { BenchOptions } from './lib/module.js';
import { int, ms, resultsFileFor, table, writeSection } from './lib/results.js';
import type { Stats } from './lib/stats.js';
import { median, summarize } from './lib/stats.js';

export const TARGET_REQUEST_OVERHEAD = 0.1;

interface Plan {
  backlog: number;
  live: number;
  livePerSecond: number;
  pairRounds: number;
  pairDurationS: number;
}

const FULL: Plan = { backlog: 10_000, live: 3_000, livePerSecond: 100, pairRounds: 2, pairDurationS: 10 };
const QUICK: Plan = { backlog: 500, live: 200, livePerSecond: 100, pairRounds: 1, pairDurationS: 2 };

/** One route that queues a mail and the same route (or its twin) that does not. */
export interface RoutePair {
  name: string;
  /** Prepares the app (accounts, sessions) and returns the two request URLs with their headers. */
  prepare(app: App, url: string): Promise<{ withMail: LoadTarget; without: LoadTarget }>;
}

interface LoadTarget {
  url: string;
  method?: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: string;
}

/** Routes that queue mail, once the domain events are wired to mails (see docs/MAIL.md). */
export const ROUTE_PAIRS: RoutePair[] = [];

export interface MailBenchResult {
  plan: Plan;
  /** Median size of one mail as the peer received it. */
  mailBytes: number;
  backlog: { mails: number; seconds: number; perSecond: number };
  live: { mails: number; perSecond: number; latency: Stats };
  pairs: { name: string; withMail: HttpLoadResult[]; without: HttpLoadResult[]; overhead: number }[];
}

const EVENT = {
  title: 'Ngày hội khởi nghiệp Lạng Sơn',
  startsAt: '2026-04-10T01:30:00.000Z',
  endsAt: '2026-04-10T04:00:00.000Z',
  location: 'Hội trường Sở KH&CN',
};

async function startApp(smtpUrl: string): Promise<{ app: App; url: string; close(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-bench-mail-'));
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DEMO_DATA: '0', SMTP_URL: smtpUrl }, { dataDir });
  const app = await createApp(config, { clientDir: null, startJobs: false });
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

async function queueOne(app: App, userId: string, i: number): Promise<string> {
  const mail = await app.container.modules.mail.service.enqueue('event.registration_confirmed', userId, {
    ...EVENT,
    eventId: `ev-${i}`,
    ticketCode: `KN-${i}`,
  });
  if (!mail) throw new Error('mail was not queued');
  return mail.messageId;
}

async function measurePair(pair: RoutePair, app: App, url: string, plan: Plan) {
  const { withMail, without } = await pair.prepare(app, url);
  const runs = { withMail: [] as HttpLoadResult[], without: [] as HttpLoadResult[] };
  for (let round = 0; round < plan.pairRounds; round++) {
    for (const [key, target] of [
      ['without', without],
      ['withMail', withMail],
    ] as const) {
      const result = await runHttpLoad({ ...target, connections: 10, durationS: plan.pairDurationS, warmupS: 1 });
      if (result.non2xx > 0 || result.errors > 0) throw new Error(`${pair.name} ${key}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      runs[key].push(result);
    }
  }
  const overhead = median(runs.without.map((r) => r.requestsPerSec)) / median(runs.withMail.map((r) => r.requestsPerSec)) - 1;
  return { name: pair.name, ...runs, overhead };
}

export function renderMailResults(result: MailBenchResult): string {
  const { plan, backlog, live } = result;
  const pairRows = result.pairs.map((p) => [
    p.name,
    int(median(p.without.map((r) => r.requestsPerSec))),
    int(median(p.withMail.map((r) => r.requestsPerSec))),
    `${(p.overhead * 100).toFixed(1)}%`,
    p.overhead <= TARGET_REQUEST_OVERHEAD ? 'met' : 'not met',
  ]);
  return [
    'The app (embedded store, production settings, logs silent) and an `smtp-server` peer run in one process on the',
    'same 2 cores (the peer reads only each mail’s Message-ID). Mails are "event registration confirmed" in Vietnamese',
    `with an .ics attachment (${int(result.mailBytes)} bytes each as received). The worker runs 4 lanes over a pool of 4`,
    'SMTP connections. Commit → acceptance runs from the end of the transaction that queued a mail to the end of its',
    'DATA at the peer (just before the peer answers 250).',
    '',
    table(
      ['Phase', 'mails', 'mails/s'],
      [
        [`backlog: ${int(backlog.mails)} queued, then one delivery run`, int(backlog.mails), int(backlog.perSecond)],
        [`live: committed at ${plan.livePerSecond}/s with the jobs running`, int(live.mails), int(live.perSecond)],
      ],
    ),
    '',
    `Live phase, commit → SMTP acceptance (ms): p50 ${ms(live.latency.p50)}, p95 ${ms(live.latency.p95)}, **p99 ${ms(live.latency.p99)}**, max ${ms(live.latency.max)}.`,
    '',
    result.pairs.length === 0
      ? `Request overhead of queueing a mail (target ≤ ${TARGET_REQUEST_OVERHEAD * 100}%): no route queues mail yet; \`ROUTE_PAIRS\` in \`bench/mail.bench.ts\` takes one pair per route once it does.`
      : table(['Route pair', 'without mail (req/s)', 'with mail (req/s)', 'slower by', `≤ ${TARGET_REQUEST_OVERHEAD * 100}%`], pairRows),
  ].join('\n');
}

export async function run(options: BenchOptions = {}): Promise<MailBenchResult> {
  const plan = options.quick ? QUICK : FULL;
  const peer = await new SmtpPeer({ parse: false }).start();
  const running = await startApp(peer.url);
  const { app } = running;
  try {
    const user = await app.container.modules.accounts.service.register({
      email: 'bench.mail@example.vn',
      password: 'mat-khau-rat-manh',
      role: 'startup',
      name: 'Người nhận thư',
    });

    // 1. backlog
    for (let i = 0; i < plan.backlog; i++) await queueOne(app, user._id, i);
    const drainStarted = performance.now();
    await app.container.jobs.run(JOBS.mailDelivery);
    await peer.waitFor(plan.backlog, 600_000);
    const seconds = (performance.now() - drainStarted) / 1000;
    const backlog = { mails: plan.backlog, seconds, perSecond: plan.backlog / seconds };
    console.log(`mail: backlog of ${plan.backlog} delivered in ${seconds.toFixed(1)} s (${int(backlog.perSecond)}/s)`);

    // 2. live
    app.container.jobs.start();
    const committedAt = new Map<string, number>();
    const liveStarted = Date.now();
    const before = peer.received.length;
    for (let i = 0; i < plan.live; i++) {
      const due = liveStarted + (i * 1000) / plan.livePerSecond;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const messageId = await queueOne(app, user._id, plan.backlog + i);
      committedAt.set(messageId, Date.now());
    }
    await peer.waitFor(before + plan.live, 600_000);
    const arrived = peer.received.slice(before);
    const latencies = arrived.map((m) => m.receivedAt - committedAt.get(m.messageId)!);
    const liveSeconds = (Math.max(...arrived.map((m) => m.receivedAt)) - liveStarted) / 1000;
    const live = { mails: plan.live, perSecond: plan.live / liveSeconds, latency: summarize(latencies) };
    console.log(`mail: live p50 ${ms(live.latency.p50)} ms, p99 ${ms(live.latency.p99)} ms commit → acceptance`);
    const duplicates = [...peer.countsByMessageId().values()].filter((n) => n > 1).length;
    if (duplicates > 0) throw new Error(`${duplicates} mails arrived more than once`);

    // 3. route pairs
    const pairs = [];
    for (const pair of ROUTE_PAIRS) pairs.push(await measurePair(pair, app, running.url, plan));

    const mailBytes = median(peer.received.map((m) => m.raw.length));
    const result: MailBenchResult = { plan, mailBytes, backlog, live, pairs };
    writeSection({
      name: 'mail',
      title: 'Mail: the worker delivering to a local SMTP peer',
      sizes: `${int(plan.backlog)} queued mails, then ${int(plan.live)} at ${plan.livePerSecond}/s${options.quick ? ' (quick smoke run)' : ''}`,
      body: renderMailResults(result),
      file: resultsFileFor(options),
    });
    return result;
  } finally {
    await running.close();
    await peer.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run({ quick: process.argv.includes('--quick') });
  console.log(renderMailResults(result));
}
