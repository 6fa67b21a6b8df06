// Drains the search outbox into the search engine, with retries and backoff, and rebuilds the
// whole index from the store on demand (boot for the in-memory engine, `npm run reindex`, and when
// the engine reports that its index lost documents or settings). A rebuild fills a replacement
// index beside the live one and swaps it in, so search never goes empty while it runs.
import type { IndexRebuild, ProfileSearchDocument, SearchEngine } from '@ketnoi/search';
import { isSearchUnavailable } from '@ketnoi/search';
import type { Logger } from '../../lib/logger.js';
import type { SearchOutbox } from './outbox.js';

export interface SearchDocumentSource {
  /** The search document of a profile, or null when it must not be searchable (missing, hidden, suspended). */
  documentFor(profileId: string): Promise<ProfileSearchDocument | null>;
  /** Every profile id, in batches. */
  allIds(): AsyncIterable<string[]>;
  /** Profiles whose search document may have changed at or after `since` (ISO time), by any process. */
  changedSince(since: string): Promise<string[]>;
}

/**
 * How far back the pass after a rebuild looks: changes stamped by another process (clocks differ
 * a little) or committed just before the fill began are read again.
 */
const REBUILD_OVERLAP_MS = 60_000;

export class SearchIndexer {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private engineOk = true;
  private rebuilding: Promise<number> | null = null;

  constructor(
    private readonly engine: SearchEngine,
    private readonly outbox: SearchOutbox,
    private readonly source: SearchDocumentSource,
    private readonly logger: Logger,
    private readonly batchSize = 200,
  ) {}

  get healthy(): boolean {
    return this.engineOk;
  }

  /** Poll for due entries (retries) every `intervalMs`. */
  start(intervalMs = 1000): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.drain(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    await this.rebuilding?.catch(() => undefined);
  }

  /**
   * Index everything due now. Concurrent calls share one run and ask for another pass, so a
   * caller that awaits drain() sees its own change indexed (when the engine is up).
   */
  drain(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while (await this.drainBatch()) {
            /* keep going while full batches succeed */
          }
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** One batch; true when a full batch was indexed (there may be more). */
  private async drainBatch(): Promise<boolean> {
    const entries = await this.outbox.due(this.batchSize);
    if (entries.length === 0) return false;
    try {
      const upserts: ProfileSearchDocument[] = [];
      const deletes: string[] = [];
      for (const entry of entries) {
        const doc = await this.source.documentFor(entry.profileId);
        if (doc) upserts.push(doc);
        else deletes.push(entry.profileId);
      }
      if (upserts.length) await this.engine.upsert(upserts);
      if (deletes.length) await this.engine.delete(deletes);
      await this.outbox.complete(entries);
      if (!this.engineOk) {
        this.logger.info('search engine is back; index catching up');
        this.engineOk = true;
        await this.outbox.retryAllNow();
      }
      return entries.length === this.batchSize;
    } catch (error) {
      if (this.engineOk) this.logger.warn({ err: error }, 'search indexing failed; will retry with backoff');
      if (isSearchUnavailable(error)) this.engineOk = false;
      await this.outbox.fail(entries, error instanceof Error ? error.message : String(error));
      return false;
    }
  }

  /**
   * Rebuild the index from the store into a replacement, then swap it in. Searches answer from the
   * old index until the swap. Changes indexed meanwhile by this process reach both indexes; changes
   * indexed by another one (the server, while `npm run reindex` runs) reach only the old, so every
   * profile changed since the fill began is read again once the replacement is live. One at a time.
   */
  rebuild(onProgress?: (done: number) => void): Promise<number> {
    this.rebuilding ??= this.rebuildNow(onProgress).finally(() => {
      this.rebuilding = null;
    });
    return this.rebuilding;
  }

  private async rebuildNow(onProgress?: (done: number) => void): Promise<number> {
    const since = new Date(Date.now() - REBUILD_OVERLAP_MS).toISOString();
    await this.engine.configure();
    const replacement = await this.engine.beginRebuild();
    let done = 0;
    try {
      for await (const ids of this.source.allIds()) {
        await this.fill(replacement, ids);
        done += ids.length;
        onProgress?.(done);
      }
      await replacement.finish();
    } catch (error) {
      await replacement.abandon().catch(() => undefined);
      throw error;
    }
    await this.fill(this.engine, await this.source.changedSince(since));
    this.engineOk = true;
    return done;
  }

  /** Index the current documents of `ids` (upsert, or delete when no longer searchable). */
  private async fill(target: Pick<IndexRebuild, 'upsert' | 'delete'>, ids: readonly string[]): Promise<void> {
    const docs: ProfileSearchDocument[] = [];
    const gone: string[] = [];
    for (const id of ids) {
      const doc = await this.source.documentFor(id);
      if (doc) docs.push(doc);
      else gone.push(id);
    }
    if (docs.length) await target.upsert(docs);
    if (gone.length) await target.delete(gone);
  }

  /** Probe the engine (health checks) and remember the answer. */
  async probe(): Promise<boolean> {
    const health = await this.engine.health();
    if (health.needsRebuild && !this.rebuilding) {
      this.logger.warn({ reason: health.error }, 'search index lost documents or settings; rebuilding it from the store');
      void this.rebuild().then(
        (profiles) => this.logger.info({ profiles }, 'search index rebuilt'),
        (err: unknown) => this.logger.warn({ err }, 'search index rebuild failed; the next health check tries again'),
      );
    }
    if (health.ok && !this.engineOk) {
      this.engineOk = true;
      await this.outbox.retryAllNow();
      void this.drain();
    }
    if (!health.ok) this.engineOk = false;
    return health.ok;
  }
}
