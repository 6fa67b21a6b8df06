// The embedded store engine: zero set-up, durable on local disk.
//
// Why SQLite (better-sqlite3) + mingo + an in-memory copy:
// - SQLite in WAL mode is the durable truth. A write is acknowledged only after its SQLite
//   transaction commits, so it survives `kill -9` (synchronous=NORMAL) or even power loss
//   (STORE_SYNC=full). Multi-document transactions commit in one SQLite transaction: all or nothing.
// - mingo gives MongoDB's query, update and aggregation semantics, so repositories are written
//   once for this engine and MongoDB.
// - Every document is also kept in memory with unique and lookup indexes, so reads never
//   parse JSON and equality filters touch only matching documents. A province's data (even
//   100 000 profiles) fits comfortably in memory.
// - One writer at a time (an async mutex). A transaction holds the writer lock from start to
//   commit, so concurrent transactions never interleave; readers never wait and see only
//   committed data (or, inside a transaction, its own staged writes).
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Mutex } from 'async-mutex';
import type { Options as MingoOptions } from 'mingo/types';
import type { Collection, CollectionDefinition, Doc, IndexFailure, Store } from '../types.js';
import { DuplicateKeyError } from '../types.js';
import { WalCheckpointer } from './checkpointer.js';
import { EmbeddedCollection } from './collection.js';
import { IndexSet, uniqueKeys } from './indexes.js';
import type { CollectionState, EmbeddedEngineInternals, StagedChange } from './state.js';
import { TxState } from './state.js';

export interface EmbeddedStoreOptions {
  /** Directory that holds `ketnoi.sqlite` (created if missing), or ':memory:' for throwaway stores. */
  dataDir: string;
  /** 'normal' survives process crashes; 'full' also survives power loss (fsync on every commit). */
  sync?: 'normal' | 'full';
  onAfterCommitError?: (error: unknown) => void;
  /** The background WAL checkpointer failed; checkpoints are back on the main connection. */
  onCheckpointerFailure?: (error: Error) => void;
}

const COLLECTION_NAME = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

export class EmbeddedStore implements Store, EmbeddedEngineInternals {
  readonly engine = 'embedded' as const;
  readonly mingoOptions: Partial<MingoOptions> = { useStrictMode: true, scriptEnabled: false, idKey: '_id' };
  private readonly db: Database.Database;
  /** Holds the data directory's lock file for as long as this store is open. */
  private readonly owner: Database.Database | null = null;
  private readonly checkpointer: WalCheckpointer | null = null;
  private readonly persist: Database.Transaction<(tx: TxState) => void>;
  private readonly states = new Map<string, CollectionState>();
  private readonly collections = new Map<string, EmbeddedCollection<Doc>>();
  private readonly tx = new AsyncLocalStorage<TxState>();
  private readonly writer = new Mutex();
  private closed = false;

  constructor(private readonly options: EmbeddedStoreOptions) {
    const inMemory = options.dataDir === ':memory:';
    const file = inMemory ? ':memory:' : path.join(options.dataDir, 'ketnoi.sqlite');
    if (!inMemory) {
      fs.mkdirSync(options.dataDir, { recursive: true });
      this.owner = claimDataDir(options.dataDir);
    }
    try {
      this.db = new Database(file, { timeout: 3000 });
      this.db.pragma('journal_mode = WAL');
      this.db.pragma(`synchronous = ${options.sync === 'full' ? 'FULL' : 'NORMAL'}`);
      this.db.exec('CREATE TABLE IF NOT EXISTS _meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
      this.db.prepare('INSERT OR REPLACE INTO _meta (key, value) VALUES (?, ?)').run('openedAt', new Date().toISOString());
    } catch (error) {
      this.owner?.close();
      throw error;
    }
    this.persist = this.db.transaction((tx: TxState) => {
      for (const [name, changes] of tx.changes) {
        const state = this.states.get(name)!;
        for (const [id, change] of changes) writeRow(state, id, change);
      }
    });
    if (!inMemory) {
      // Checkpoints off the event loop (see checkpointer.ts); back to SQLite's own if that fails.
      this.db.pragma('wal_autocheckpoint = 0');
      this.checkpointer = new WalCheckpointer({
        file,
        onFailure: (error) => {
          if (this.closed) return;
          this.db.pragma('wal_autocheckpoint = 1000');
          options.onCheckpointerFailure?.(error);
        },
      });
    }
  }

  collection<T extends Doc>(definition: CollectionDefinition): Collection<T> {
    this.assertOpen();
    const existing = this.collections.get(definition.name);
    const state = existing ? this.states.get(definition.name)! : this.open(definition.name);
    for (const spec of definition.indexes ?? []) {
      state.indexes.declare(spec, state.docs.values(), (index) => new DuplicateKeyError(state.name, index));
    }
    if (existing) return existing as unknown as Collection<T>;
    const collection = new EmbeddedCollection<Doc>(this, state);
    this.collections.set(definition.name, collection);
    return collection as unknown as Collection<T>;
  }

  async withTransaction<R>(fn: () => Promise<R>): Promise<R> {
    this.assertOpen();
    if (this.currentTx()) return fn();
    return this.writer.runExclusive(async () => {
      const tx = new TxState();
      try {
        const result = await this.tx.run(tx, fn);
        this.commit(tx);
        return result;
      } finally {
        tx.closed = true;
        // Transactions run one at a time (the writer lock), so none is open now. Switching the
        // storage off lets Node 20 drop its per-promise hooks until the next transaction: without
        // this, every promise in the process (each chat message makes dozens) pays for them.
        this.tx.disable();
      }
    });
  }

  afterCommit(callback: () => void): void {
    const tx = this.currentTx();
    if (tx) tx.afterCommit.push(callback);
    else queueMicrotask(() => this.runCallback(callback));
  }

  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      return this.db.prepare('SELECT 1 AS ok').get() !== undefined;
    } catch {
      return false;
    }
  }

  /** Indexes are built in memory when a collection is declared; one that cannot be built throws there. */
  async whenIndexesBuilt(): Promise<IndexFailure[]> {
    return [];
  }

  indexFailures(): IndexFailure[] {
    return [];
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Let in-flight writes finish, then release the files (the last connection to close checkpoints the log).
    await this.writer.runExclusive(async () => {
      this.closed = true;
      await this.checkpointer?.stop();
      this.db.close();
      this.owner?.close();
    });
  }

  // ── EmbeddedEngineInternals ──────────────────────────────────────────────────────────────

  assertOpen(): void {
    if (this.closed) throw new Error('store is closed');
  }

  currentTx(): TxState | undefined {
    const tx = this.tx.getStore();
    return tx && !tx.closed ? tx : undefined;
  }

  async write<R>(fn: (tx: TxState) => R): Promise<R> {
    this.assertOpen();
    const open = this.currentTx();
    if (open) return fn(open);
    // Staging and committing are synchronous, so when no transaction holds the writer lock
    // nothing can interleave: write at once instead of queueing on the lock (the chat hot path).
    if (!this.writer.isLocked()) return this.writeNow(fn);
    return this.writer.runExclusive(() => {
      this.assertOpen();
      return this.writeNow(fn);
    });
  }

  private writeNow<R>(fn: (tx: TxState) => R): R {
    const tx = new TxState();
    try {
      const result = fn(tx);
      this.commit(tx);
      return result;
    } finally {
      tx.closed = true;
    }
  }

  stage(tx: TxState, state: CollectionState, id: string, doc: Doc | null, json?: string): void {
    let changes = tx.changes.get(state.name);
    if (!changes) {
      changes = new Map();
      tx.changes.set(state.name, changes);
    }
    let staged = tx.stagedUnique.get(state.name);
    if (!staged) {
      staged = new Map();
      tx.stagedUnique.set(state.name, staged);
    }
    const previous = changes.has(id) ? changes.get(id)?.doc : state.docs.get(id);
    const unique = state.indexes.uniqueIndexes;
    const keysOf: string[][] = [];
    for (const index of unique) {
      let owners = staged.get(index.name);
      if (!owners) {
        owners = new Map();
        staged.set(index.name, owners);
      }
      if (previous) for (const key of uniqueKeys(index, previous)) if (owners.get(key) === id) owners.delete(key);
      if (!doc) continue;
      const keys = uniqueKeys(index, doc);
      keysOf.push(keys);
      for (const key of keys) {
        const stagedOwner = owners.get(key);
        if (stagedOwner !== undefined && stagedOwner !== id) this.duplicate(state.name, index.name);
        const committedOwner = index.owners.get(key);
        // A committed owner only conflicts if this transaction has not changed or deleted it.
        if (committedOwner !== undefined && committedOwner !== id && !changes.has(committedOwner)) {
          this.duplicate(state.name, index.name);
        }
      }
    }
    // Only once every index has accepted the document are its keys claimed.
    if (doc) {
      for (let i = 0; i < unique.length; i++) for (const key of keysOf[i]!) staged.get(unique[i]!.name)!.set(key, id);
    }
    changes.set(id, doc ? { doc, json: json ?? JSON.stringify(doc) } : null);
  }

  duplicate(collection: string, index: string): never {
    throw new DuplicateKeyError(collection, index);
  }

  documentsOf(collection: string, tx: TxState | undefined): Iterable<Doc> {
    const c = this.collections.get(collection);
    return c ? c.visible(tx) : [];
  }

  // ── private ──────────────────────────────────────────────────────────────────────────────

  private open(name: string): CollectionState {
    if (!COLLECTION_NAME.test(name)) throw new Error(`invalid collection name ${JSON.stringify(name)}`);
    const table = `c_${name}`;
    this.db.exec(`CREATE TABLE IF NOT EXISTS "${table}" (id TEXT PRIMARY KEY, body TEXT NOT NULL)`);
    const docs = new Map<string, Doc>();
    for (const row of this.db.prepare(`SELECT id, body FROM "${table}"`).iterate() as Iterable<{ id: string; body: string }>) {
      docs.set(row.id, JSON.parse(row.body) as Doc);
    }
    const indexes = new IndexSet(name);
    for (const doc of docs.values()) indexes.add(doc);
    const state: CollectionState = {
      name,
      docs,
      indexes,
      upsert: this.db.prepare(`INSERT INTO "${table}" (id, body) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body`),
      remove: this.db.prepare(`DELETE FROM "${table}" WHERE id = ?`),
    };
    this.states.set(name, state);
    return state;
  }

  /** Durably write the staged changes, then apply them to memory, then run after-commit callbacks. */
  private commit(tx: TxState): void {
    if (tx.changes.size > 0) {
      this.persistChanges(tx);
      for (const [name, changes] of tx.changes) {
        const state = this.states.get(name)!;
        for (const [id, change] of changes) {
          const old = state.docs.get(id);
          if (change) {
            if (old) state.indexes.replace(old, change.doc);
            else state.indexes.add(change.doc);
            state.docs.set(id, change.doc);
          } else {
            if (old) state.indexes.remove(old);
            state.docs.delete(id);
          }
        }
      }
    }
    tx.closed = true;
    for (const callback of tx.afterCommit) queueMicrotask(() => this.runCallback(callback));
  }

  private persistChanges(tx: TxState): void {
    // One document (a chat message, most writes): its statement is a transaction by itself, which
    // spares the BEGIN and COMMIT statements.
    if (tx.changes.size === 1) {
      const [name, changes] = tx.changes.entries().next().value!;
      if (changes.size === 1) {
        const state = this.states.get(name)!;
        const [id, change] = changes.entries().next().value!;
        writeRow(state, id, change);
        return;
      }
    }
    this.persist.immediate(tx);
  }

  private runCallback(callback: () => void): void {
    try {
      callback();
    } catch (error) {
      this.options.onAfterCommitError?.(error);
    }
  }
}

/** One staged change as a SQLite statement: the document's JSON, or its removal. */
function writeRow(state: CollectionState, id: string, change: StagedChange | null): void {
  if (change) state.upsert.run(id, change.json);
  else state.remove.run(id);
}

/**
 * Take the data directory for this process: an exclusive lock on `ketnoi.lock`, held until
 * close. Our in-memory copy must be the only writer, and the database itself stays in normal
 * locking mode so that the checkpoint worker can open it.
 */
function claimDataDir(dataDir: string): Database.Database {
  const lock = new Database(path.join(dataDir, 'ketnoi.lock'), { timeout: 3000 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('CREATE TABLE IF NOT EXISTS owner (id INTEGER PRIMARY KEY, pid INTEGER NOT NULL, since TEXT NOT NULL)');
    // The first write takes the exclusive lock; in this locking mode it is kept until close.
    lock.prepare('INSERT OR REPLACE INTO owner (id, pid, since) VALUES (1, ?, ?)').run(process.pid, new Date().toISOString());
    return lock;
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new Error(`The data directory ${dataDir} is in use by another KếtNối process. Stop it first.`, { cause: error });
    }
    throw error;
  }
}

export async function createEmbeddedStore(options: EmbeddedStoreOptions): Promise<Store> {
  return new EmbeddedStore(options);
}
