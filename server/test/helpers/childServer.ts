// The real server as a child process on one data directory, for tests that kill it with SIGKILL
// and start it again: durability is only proven across a real process death.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

export interface RunningServer {
  child: ChildProcess;
  url: string;
}

/** Servers started on one fresh data directory; `stop()` kills what is left and removes the directory. */
export class ChildServers {
  readonly dataDir: string;
  private readonly children: ChildProcess[] = [];

  constructor(
    name: string,
    private readonly env: Record<string, string> = {},
  ) {
    this.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ketnoi-${name}-`));
  }

  /** Starts a production server on port 0 and resolves with its URL once it listens. */
  start(env: Record<string, string> = {}): Promise<RunningServer> {
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: {
        ...process.env,
        DATA_DIR: this.dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        DEMO_DATA: '0',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        ...this.env,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    this.children.push(child);
    return new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /running at (http:\/\/\S+)/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve({ child, url: match[1]!.replace('localhost', '127.0.0.1') });
        }
      });
      child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
    });
  }

  stop(): void {
    for (const child of this.children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
