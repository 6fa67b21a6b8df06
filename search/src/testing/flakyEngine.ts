// Fault injection for tests of code that uses the search port (the server's 503, degraded
// health and outbox catch-up). Wraps a REAL engine; while down, every call throws
// SearchUnavailableError exactly as an unreachable engine would, and nothing reaches the inner
// engine, so writes attempted during the outage are really missing until they are retried.
import type { ProfileSearchDocument } from '../documents.js';
import type { IndexRebuild, SearchEngine, SearchHealth, SearchQuery, SearchResult } from '../engine.js';
import { SearchUnavailableError } from '../errors.js';

export interface FlakySearchEngine extends SearchEngine {
  readonly inner: SearchEngine;
  /** Make every following call fail with SearchUnavailableError. */
  down(reason?: string): void;
  /** Serve again. */
  up(): void;
  isDown(): boolean;
  /**
   * Lose the index as Meilisearch does when it restarts on an empty volume: every document is gone,
   * searches fail with SearchUnavailableError and health reports `needsRebuild`, until a rebuild
   * has swapped a new index in.
   */
  loseIndex(): Promise<void>;
  /** Calls refused while down, by method name (to assert that retries happened). */
  readonly refused: Readonly<Record<string, number>>;
}

export function createFlakyEngine(inner: SearchEngine): FlakySearchEngine {
  let downReason: string | null = null;
  let lost = false;
  const refused: Record<string, number> = {};

  const guard = (method: string): void => {
    if (downReason === null) return;
    refused[method] = (refused[method] ?? 0) + 1;
    throw new SearchUnavailableError(inner.engine, `${inner.engine} search unavailable: ${downReason}`);
  };

  return {
    inner,
    refused,
    get engine() {
      return inner.engine;
    },
    down(reason = 'switched off by test') {
      downReason = reason;
    },
    up() {
      downReason = null;
    },
    isDown() {
      return downReason !== null;
    },
    async configure() {
      guard('configure');
      return inner.configure();
    },
    async upsert(docs: readonly ProfileSearchDocument[]) {
      guard('upsert');
      return inner.upsert(docs);
    },
    async delete(ids: readonly string[]) {
      guard('delete');
      return inner.delete(ids);
    },
    async search(query: SearchQuery): Promise<SearchResult> {
      guard('search');
      if (lost) throw new SearchUnavailableError(inner.engine, `${inner.engine} index lost: must be rebuilt`);
      return inner.search(query);
    },
    async loseIndex() {
      await inner.clear();
      lost = true;
    },
    async clear() {
      guard('clear');
      return inner.clear();
    },
    async beginRebuild(): Promise<IndexRebuild> {
      guard('beginRebuild');
      const rebuild = await inner.beginRebuild();
      return {
        upsert: async (docs) => {
          guard('rebuild.upsert');
          return rebuild.upsert(docs);
        },
        delete: async (ids) => {
          guard('rebuild.delete');
          return rebuild.delete(ids);
        },
        finish: async () => {
          guard('rebuild.finish');
          await rebuild.finish();
          lost = false;
        },
        abandon: () => rebuild.abandon(),
      };
    },
    async count() {
      guard('count');
      return inner.count();
    },
    async ping() {
      guard('ping');
      return inner.ping();
    },
    async health(): Promise<SearchHealth> {
      if (downReason !== null) return { engine: inner.engine, ok: false, error: downReason };
      if (lost) return { engine: inner.engine, ok: false, needsRebuild: true, error: 'index lost' };
      return inner.health();
    },
    async close() {
      return inner.close();
    },
  };
}
