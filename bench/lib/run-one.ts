// Child process of run-all.ts: imports one benchmark module, calls its run() and sends the
// result back. A fresh process per module keeps heap/RSS readings and JIT state independent of
// whatever ran before.
import { pathToFileURL } from 'node:url';
import type { BenchOptions } from './module.js';
import { isBenchModule } from './module.js';

export type RunOneMessage =
  { status: 'done'; result: unknown } | { status: 'skipped'; reason: string } | { status: 'failed'; error: string };

const [file, optionsJson] = process.argv.slice(2);

async function runOne(): Promise<RunOneMessage> {
  if (!file) return { status: 'failed', error: 'no module file given' };
  const options = JSON.parse(optionsJson ?? '{}') as BenchOptions;
  const mod: unknown = await import(pathToFileURL(file).href);
  if (!isBenchModule(mod)) return { status: 'skipped', reason: 'exports no run() function' };
  return { status: 'done', result: await mod.run(options) };
}

function send(message: RunOneMessage): void {
  // Exit once the message is out: a module may leave timers or sockets behind.
  if (process.send) process.send(message, () => process.exit(0));
  else process.exit(message.status === 'failed' ? 1 : 0);
}

runOne().then(send, (error: unknown) =>
  send({ status: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
