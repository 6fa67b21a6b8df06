// Drains the search outbox into the search engine, with retries and backoff, and rebuilds the
// whole index from the store on demand (boot for the in-memory engine, `npm run reindex`).
import type { ProfileSearchDocument, SearchEngine } from '@ketnoi/search';
import { isSearchUnavailable } from '@ketnoi/search';
import type { Logger } from '../../lib/logger.js';
import type { SearchOutbox } from './outbox.js';

export interface SearchDocumentSource {
  /** The search document of a profile, or null when it must not be searchable (missing, hidden, suspended). */
  documentFor(profileId: string): Promise<ProfileSearchDocument | null>;
  /** Every profile id, in batches. */
  allIds(): AsyncIterable<string[]>;
}

export class SearchIndexer {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private engineOk = true;

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

  /** Drop and rebuild the index from the store. */
  async rebuild(onProgress?: (done: number) => void): Promise<number> {
    await this.engine.configure();
    await this.engine.clear();
    let done = 0;
    for await (const ids of this.source.allIds()) {
      const docs: ProfileSearchDocument[] = [];
      for (const id of ids) {
        const doc = await this.source.documentFor(id);
        if (doc) docs.push(doc);
      }
      if (docs.length) await this.engine.upsert(docs);
      done += ids.length;
      onProgress?.(done);
    }
    this.engineOk = true;
    return done;
  }

  /** Probe the engine (health checks) and remember the answer. */
  async probe(): Promise<boolean> {
    const health = await this.engine.health();
    if (health.ok && !this.engineOk) {
      this.engineOk = true;
      await this.outbox.retryAllNow();
      void this.drain();
    }
    if (!health.ok) this.engineOk = false;
    return health.ok;
  }
}
