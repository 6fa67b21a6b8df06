// Starts the built product (`node server/dist/main.js`) on a free port with a fresh data directory
// and the demo dataset, for the browser tests. The child can never outlive the runner: teardown
// stops it, an exit hook kills it, and a preloaded watchdog ends it if the runner itself is killed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVER_ENTRY = path.join(ROOT, 'server', 'dist', 'main.js');
const CLIENT_INDEX = path.join(ROOT, 'client', 'dist', 'index.html');
const PARENT_WATCH = fileURLToPath(new URL('./parent-watch.mjs', import.meta.url));
const BANNER = /KếtNối is running at (https?:\/\/\S+)/;
const START_TIMEOUT_MS = 60_000;

/** `npm run build` when either half of the product has not been built yet. */
export function buildIfMissing(): void {
  if (fs.existsSync(SERVER_ENTRY) && fs.existsSync(CLIENT_INDEX)) return;
  console.log('[e2e] client/dist or server/dist missing: running `npm run build`');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
}

export interface RunningServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-e2e-'));
  const child = spawn(process.execPath, ['--import', PARENT_WATCH, SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_DATA: '1',
      LOG_LEVEL: 'warn',
      E2E_PARENT_PID: String(process.pid),
      E2E_REMOVE_ON_EXIT: dataDir,
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const cleanUp = () => {
    if (!exited(child)) child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  // Last resort when the runner exits without running teardown (an error, process.exit()).
  process.once('exit', cleanUp);

  const output: string[] = [];
  const remember = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 200) output.shift();
  };
  child.stderr!.on('data', (chunk: Buffer) => {
    remember(chunk);
    process.stderr.write(`[server] ${chunk.toString('utf8')}`);
  });

  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(
        () => reject(new Error(`server did not print its URL within ${START_TIMEOUT_MS / 1000} s`)),
        START_TIMEOUT_MS,
      );
      const onData = (chunk: Buffer) => {
        remember(chunk);
        seen += chunk.toString('utf8');
        const match = BANNER.exec(seen);
        if (match) {
          clearTimeout(timer);
          child.stdout!.off('data', onData);
          // Later output (warnings) goes to the runner's stdout.
          child.stdout!.on('data', (more: Buffer) => process.stdout.write(`[server] ${more.toString('utf8')}`));
          resolve(match[1]!.replace('//localhost', '//127.0.0.1').replace(/\/$/, ''));
        }
      };
      child.stdout!.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`server exited before it was ready (${signal ?? `exit code ${code}`})`));
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  } catch (error) {
    cleanUp();
    process.off('exit', cleanUp);
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output.join('')}`, { cause: error });
  }

  const stop = async () => {
    if (!exited(child)) {
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000).unref());
      if ((await Promise.race([gone, timeout])) === 'timeout') {
        child.kill('SIGKILL');
        await gone;
      }
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.off('exit', cleanUp);
  };

  return { url, dataDir, stop };
}
