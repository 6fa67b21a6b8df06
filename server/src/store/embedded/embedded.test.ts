import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { DuplicateKeyError } from '../types.js';
import { createEmbeddedStore } from './index.js';

const dirs: string[] = [];
const children: ChildProcess[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-embedded-'));
  dirs.push(dir);
  return dir;
};

/** A child node process, its output collected; killed after the test if still running. */
function runNode(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('embedded store engine', () => {
  it('keeps documents and unique indexes across a restart', async () => {
    const dir = tempDir();
    const first = await createEmbeddedStore({ dataDir: dir });
    const users = first.collection({ name: 'users', indexes: [{ fields: { email: 1 }, unique: true }] });
    await users.insertMany([
      { _id: 'a', email: 'a@x.vn', n: 1 },
      { _id: 'b', email: 'b@x.vn', n: 2 },
    ]);
    await users.deleteOne({ _id: 'b' });
    await users.updateOne({ _id: 'a' }, { $set: { n: 5 } });
    await first.close();

    const second = await createEmbeddedStore({ dataDir: dir });
    const again = second.collection({ name: 'users', indexes: [{ fields: { email: 1 }, unique: true }] });
    expect(await again.find({})).toEqual([{ _id: 'a', email: 'a@x.vn', n: 5 }]);
    await expect(again.insertOne({ _id: 'c', email: 'a@x.vn' })).rejects.toBeInstanceOf(DuplicateKeyError);
    await again.insertOne({ _id: 'd', email: 'b@x.vn' });
    // Lookups through the reloaded index find existing and new documents.
    expect(await again.findOne({ email: 'a@x.vn' })).toEqual({ _id: 'a', email: 'a@x.vn', n: 5 });
    expect((await again.find({ email: { $in: ['a@x.vn', 'b@x.vn'] } }, { sort: { _id: 1 } })).map((d) => d._id)).toEqual(['a', 'd']);
    await second.close();
  });

  it('refuses a second process-level owner of the same data directory', async () => {
    const dir = tempDir();
    const owner = await createEmbeddedStore({ dataDir: dir });
    await expect(createEmbeddedStore({ dataDir: dir })).rejects.toThrow(/in use by another/);
    await owner.close();
    const next = await createEmbeddedStore({ dataDir: dir });
    await next.close();
  });

  it('fails every call after close', async () => {
    const store = await createEmbeddedStore({ dataDir: tempDir() });
    const c = store.collection({ name: 'x' });
    await store.close();
    await expect(c.insertOne({ _id: '1' })).rejects.toThrow(/closed/);
    expect(await store.ping()).toBe(false);
  });

  it('checkpoints the write-ahead log on a background worker while the store is open', async () => {
    const dir = tempDir();
    const store = await createEmbeddedStore({ dataDir: dir });
    const items = store.collection({ name: 'items' });
    const file = path.join(dir, 'ketnoi.sqlite');
    const initialSize = fs.statSync(file).size;
    // ~2 MB of rows: with automatic checkpoints off on the main connection, only the worker can
    // copy them from the log into the database file before close.
    const body = 'x'.repeat(1000);
    for (let batch = 0; batch < 20; batch++) {
      await store.withTransaction(async () => {
        for (let i = 0; i < 100; i++) await items.insertOne({ _id: `${batch}-${i}`, body });
      });
    }
    const deadline = Date.now() + 10_000;
    while (fs.statSync(file).size < 2_000_000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(initialSize).toBeLessThan(100_000);
    expect(fs.statSync(file).size).toBeGreaterThan(2_000_000);
    expect(await items.countDocuments({})).toBe(2000);
    await store.close();
    // Everything is still there after a restart.
    const reopened = await createEmbeddedStore({ dataDir: dir });
    expect(await reopened.collection({ name: 'items' }).countDocuments({})).toBe(2000);
    await reopened.close();
  });

  it('lets a script whose only work is the store carry on after close', async () => {
    // Run as plain JavaScript under plain node, as `npm start` and the CLIs run: tsx's loader keeps
    // a thread of its own that would hide a process ending early.
    const source = fileURLToPath(new URL('../../../test/fixtures/store-close.ts', import.meta.url));
    const bundle = path.join(path.dirname(source), `store-close.${process.pid}.bundle.mjs`);
    await build({
      entryPoints: [source],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: bundle,
      logLevel: 'silent',
    });
    try {
      // Ending early is a race with the worker's exit: several runs make missing it unlikely.
      const runs = await Promise.all(Array.from({ length: 5 }, () => runNode([bundle, tempDir()])));
      expect(runs).toEqual(Array.from({ length: 5 }, () => ({ status: 0, stdout: 'closed\n', stderr: '' })));
    } finally {
      fs.rmSync(bundle, { force: true });
    }
  });

  it('loses no acknowledged write when the process is killed with SIGKILL mid-burst', async () => {
    const dir = tempDir();
    const script = fileURLToPath(new URL('../../../test/fixtures/store-writer.ts', import.meta.url));
    // `--import tsx` keeps the writer in this child process, so SIGKILL really kills the writer.
    const child = spawn(process.execPath, ['--import', 'tsx', script, dir], { stdio: ['pipe', 'pipe', 'inherit'] });
    children.push(child);
    const acked: string[] = [];
    let buffer = '';
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
        if (acked.length >= 1500 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    await new Promise((r) => child.once('exit', r).once('close', r));
    expect(acked.length).toBeGreaterThanOrEqual(1500);

    const store = await createEmbeddedStore({ dataDir: dir });
    const items = store.collection({ name: 'items', indexes: [{ fields: { seq: 1 }, unique: true }] });
    const stored = new Map((await items.find({})).map((d) => [d._id, d]));
    const missing = acked.filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
    // Transactions are all-or-nothing: no document exists without its confirming update.
    expect(await items.countDocuments({ confirmed: { $ne: true } })).toBe(0);
    await store.close();
  }, 60_000);
});
