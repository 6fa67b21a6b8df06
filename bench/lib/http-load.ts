// HTTP load with autocannon, run in a child process: the server under test keeps the parent's
// event loop (and one core) to itself, the load generator gets the other. Both sides of every
// comparison are measured this way.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Stats } from './stats.js';

export interface HttpLoadOptions {
  url: string;
  /** GET unless said otherwise (a POST sends `body` on every request). */
  method?: 'GET' | 'POST' | 'PUT';
  body?: string;
  headers?: Record<string, string>;
  connections: number;
  /** Measured seconds. */
  durationS: number;
  /** Unmeasured seconds first (JIT, caches, connection set-up). */
  warmupS: number;
  /**
   * Distinct requests (e.g. creating something that may exist once), each sent once, in order,
   * spread over the connections; the run ends when they are used up (durationS is then ignored).
   */
  requests?: LoadRequest[];
  /** With `requests`: sent first, unmeasured (instead of warmupS). */
  warmupRequests?: LoadRequest[];
}

export interface LoadRequest {
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpLoadResult {
  /** Completed requests in the measured window. */
  requests: number;
  durationS: number;
  requestsPerSec: number;
  /** Milliseconds per 2xx response. */
  latency: Stats;
  non2xx: number;
  errors: number;
}

export type LoadWorkerMessage = { ok: true; result: HttpLoadResult } | { ok: false; error: string };

const WORKER = fileURLToPath(new URL('./http-load-worker.ts', import.meta.url));

export function runHttpLoad(options: HttpLoadOptions): Promise<HttpLoadResult> {
  return new Promise((resolve, reject) => {
    // process.execArgv carries tsx's loader flags, so the child can run TypeScript too.
    const child = fork(WORKER, [], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    child.once('message', (message: LoadWorkerMessage) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(`load generator failed: ${message.error}`));
    });
    child.once('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`load generator exited with code ${code} before reporting`));
      settled = true;
    });
    child.send(options);
  });
}
