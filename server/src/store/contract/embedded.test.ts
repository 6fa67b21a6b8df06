import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { createEmbeddedStore } from '../embedded/index.js';
import { runStoreContract } from './storeContract.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

runStoreContract('embedded (SQLite + mingo)', () => createEmbeddedStore({ dataDir: dir }));
