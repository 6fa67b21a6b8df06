// Child process of http-load.ts: receives HttpLoadOptions, runs autocannon (warm-up, then the
// measured window), records every 2xx latency and sends back one HttpLoadResult.
import autocannon from 'autocannon';
import type { HttpLoadOptions, HttpLoadResult, LoadRequest, LoadWorkerMessage } from './http-load.js';
import { summarize } from './stats.js';

/** Every connection takes the next request of one shared list, so each is sent once. */
function sendEachOnce(list: LoadRequest[]) {
  let next = 0;
  return {
    amount: list.length,
    requests: [
      {
        setupRequest: (request: autocannon.Request) => {
          const item = list[next++];
          if (!item) return request;
          return {
            ...request,
            headers: { ...request.headers, ...item.headers },
            ...(item.body !== undefined ? { body: item.body } : {}),
          };
        },
      },
    ],
  };
}

function cannon(
  options: HttpLoadOptions,
  durationS: number,
  onLatency?: (ms: number) => void,
  list?: LoadRequest[],
): Promise<autocannon.Result & { spanS: number }> {
  return new Promise((resolve, reject) => {
    // autocannon ends a run of a fixed number of requests on its next one-second tick: the real span
    // runs from the start to the last response.
    const startedAt = performance.now();
    let lastAt = startedAt;
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: durationS,
        headers: options.headers ?? {},
        ...(options.method ? { method: options.method } : {}),
        ...(options.body !== undefined ? { body: options.body } : {}),
        ...(list ? sendEachOnce(list) : {}),
      },
      (error: unknown, result: autocannon.Result) =>
        error
          ? reject(error instanceof Error ? error : new Error(String(error)))
          : resolve({ ...result, spanS: (lastAt - startedAt) / 1000 }),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      lastAt = performance.now();
      if (onLatency && statusCode >= 200 && statusCode < 300) onLatency(responseTime);
    });
  });
}

async function measure(options: HttpLoadOptions): Promise<HttpLoadResult> {
  if (options.warmupRequests?.length) await cannon(options, 0, undefined, options.warmupRequests);
  else if (options.warmupS > 0 && !options.requests) await cannon(options, options.warmupS);
  const samples: number[] = [];
  const result = await cannon(options, options.durationS, (ms) => samples.push(ms), options.requests);
  const durationS = options.requests ? result.spanS : result.duration;
  return {
    requests: result.requests.total,
    durationS,
    requestsPerSec: result.requests.total / durationS,
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
