// Child process of http-load.ts: receives HttpLoadOptions, runs autocannon (warm-up, then the
// measured window), records every 2xx latency and sends back one HttpLoadResult.
import autocannon from 'autocannon';
import type { HttpLoadOptions, HttpLoadResult, LoadWorkerMessage } from './http-load.js';
import { summarize } from './stats.js';

function cannon(options: HttpLoadOptions, durationS: number, onLatency?: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: durationS,
        headers: options.headers ?? {},
        ...(options.method ? { method: options.method } : {}),
        ...(options.body !== undefined ? { body: options.body } : {}),
      },
      (error: unknown, result: autocannon.Result) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result),
    );
    if (onLatency) {
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        if (statusCode >= 200 && statusCode < 300) onLatency(responseTime);
      });
    }
  });
}

async function measure(options: HttpLoadOptions): Promise<HttpLoadResult> {
  if (options.warmupS > 0) await cannon(options, options.warmupS);
  const samples: number[] = [];
  const result = await cannon(options, options.durationS, (ms) => samples.push(ms));
  return {
    requests: result.requests.total,
    durationS: result.duration,
    requestsPerSec: result.requests.total / result.duration,
    latency: summarize(samples),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

process.once('message', (options: HttpLoadOptions) => {
  const reply = (message: LoadWorkerMessage) => process.send?.(message, () => process.disconnect());
  measure(options).then(
    (result) => reply({ ok: true, result }),
    (error: unknown) => reply({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
