// WAL checkpoints on a worker thread.
//
// Why: in WAL mode a commit appends to the log; a checkpoint copies the log back into the
// database file and fsyncs it. SQLite's automatic checkpoint runs inside whichever commit crosses
// 1 000 pages — on the event loop, stalling every request and socket for a few milliseconds about
// once a second under steady chat traffic. Here the main connection never checkpoints
// (wal_autocheckpoint = 0); a second connection on a worker thread runs PASSIVE checkpoints,
// which never block the writer. Durability is unchanged: commits are in the log either way.
// If the worker cannot start or fails, the main connection checkpoints itself again.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Plain CommonJS, evaluated by the worker, so it runs the same from TypeScript sources and the bundle. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 2000 });
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: String(error && error.message || error) });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** How often the worker checkpoints: the log stays a few MB even under steady chat traffic. */
const CHECKPOINT_INTERVAL_MS = 250;

export interface CheckpointerOptions {
  /** The database file (already in WAL mode). */
  file: string;
  /** Called once if the worker fails; the caller then checkpoints on its own connection again. */
  onFailure: (error: Error) => void;
}

export class WalCheckpointer {
  private readonly worker: Worker;
  private failed = false;
  private stopped = false;

  constructor(private readonly options: CheckpointerOptions) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver, file: options.file, intervalMs: CHECKPOINT_INTERVAL_MS },
      // Its own small heap: it only runs SQLite.
      resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 },
    });
    this.worker.unref();
    this.worker.on('message', (message: { type: string; message?: string }) => {
      if (message.type === 'error') this.fail(new Error(`WAL checkpoint failed: ${message.message}`));
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => {
      if (!this.stopped) this.fail(new Error(`WAL checkpoint worker exited (code ${code})`));
    });
  }

  /** Stop the worker and wait until its connection is closed. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.failed) return;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    // Referenced again while stopping: otherwise a process with nothing else to do would end
    // here, in the middle of close(), before the caller's next line.
    this.worker.ref();
    this.worker.postMessage('stop');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), 5_000)));
    if ((await Promise.race([exited, timeout])) === 'timeout') await this.worker.terminate();
    clearTimeout(timer);
  }

  private fail(error: Error): void {
    if (this.failed || this.stopped) return;
    this.failed = true;
    void this.worker.terminate();
    this.options.onFailure(error);
  }
}
