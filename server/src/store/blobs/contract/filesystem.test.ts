import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { FilesystemBlobStore } from '../filesystem.js';
import { runBlobContract } from './blobContract.js';

runBlobContract('filesystem (DATA_DIR/files)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-blobs-'));
  return { blobs: new FilesystemBlobStore(dir), close: async () => fs.rmSync(dir, { recursive: true, force: true }) };
});

it('clears half-written uploads left by a crash when it opens', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-blobs-'));
  fs.mkdirSync(path.join(dir, '.incoming'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.incoming', 'partial'), 'half a pho');
  new FilesystemBlobStore(dir);
  expect(fs.readdirSync(path.join(dir, '.incoming'))).toEqual([]);
  fs.rmSync(dir, { recursive: true, force: true });
});
