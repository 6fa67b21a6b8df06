// Load generators run in a forked copy of the benchmark file, so they never share the server's
// event loop: the parent sends one job over IPC and gets one result back.
import { fork } from 'node:child_process';

type Reply<R> = { ok: true; result: R } | { ok: false; error: string };

/** Run `job` in a child process of `file` started with `flag`; resolves with its result. */
export function runInChild<J, R>(file: string, flag: string, job: J): Promise<R> {
  return new Promise((resolve, reject) => {
    const child = fork(file, [flag], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (m: Reply<R>) => (m.ok ? resolve(m.result) : reject(new Error(m.error))));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`${flag} child exited with ${code}`)));
    child.send(job as object);
  });
}

/** In the child (started with `flag`): answer the one job with `work`. Returns whether this is the child. */
export function serveChild<J, R>(flag: string, work: (job: J) => Promise<R>): boolean {
  if (!process.argv.includes(flag)) return false;
  process.once('message', (job: J) => {
    const reply = (m: Reply<R>) => process.send?.(m, () => process.disconnect());
    work(job).then(
      (result) => reply({ ok: true, result }),
      (error: unknown) => reply({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
  return true;
}
