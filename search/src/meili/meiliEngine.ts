// Meilisearch engine (MEILI_URL) through the official client. Index `profiles`, primary key `id`.
//
// Ranking differences from the embedded engine, and how they are narrowed:
// - Meilisearch folds diacritics itself, and its `exactness` rule compares folded words, so it
//   cannot tell "mật" from "mặt". For queries with diacritic words this engine fetches the top
//   EXACT_RERANK_WINDOW hits and stably re-sorts them by the number of exact-diacritic matches
//   (same criterion as the embedded engine). Beyond that window Meilisearch's order is kept; the
//   window is fixed (not derived from offset), so pages never overlap or skip.
// - Meilisearch ranks by words → typo → proximity → attribute → exactness → id; the embedded
//   engine by words → exactness → BM25 score (field boosts, typo/prefix weights) → id. Word
//   proximity is only a Meilisearch criterion, so the order of equally good hits can differ.
// - Matching: both require every word (`matchingStrategy: all`) and relax when nothing matches
//   (`last` here: drops words from the end; embedded: any word, ranked by coverage).
// - Totals are exhaustive (page mode) when offset is a multiple of limit, up to maxTotalHits;
//   otherwise Meilisearch's estimate.
//
// Operations: the index is created with its settings by configure(), and again before the next
// write if it went missing, never implicitly by a document write (that would leave it without
// settings, and every filtered search would fail). A search that fails because the index or its
// settings are missing answers 503, and health() reports `needsRebuild` until a rebuild (a
// replacement index filled beside the live one, then swapped in) has run. See keys.ts for the key.
import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type SearchParams } from 'meilisearch';
import type { ProfileSearchDocument } from '../documents.js';
import { HIGHLIGHT_FIELDS, SEARCH_DOCUMENT_KEYS } from '../documents.js';
import {
  normalizePaging,
  type IndexRebuild,
  type SearchEngine,
  type SearchHealth,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from '../engine.js';
import { SearchError, SearchUnavailableError } from '../errors.js';
import { countExactMatches, parseQuery, type ParsedQuery } from '../query.js';
import { guardedRebuild } from '../rebuild.js';
import { FACET_ATTRIBUTE, buildMeiliFilter } from './filters.js';
import { MEILI_ENGINE, translateMeiliError } from './errors.js';
import { POST_TAG, PRE_TAG, facetsFromDistribution, fromMeiliHit, toMeiliDocument, type MeiliProfileDocument } from './mapping.js';
import { ensureAppKey, rebuildIndexName } from './keys.js';
import { DEFAULT_MAX_TOTAL_HITS, profileIndexSettings, settingsMismatch } from './settings.js';

export interface MeiliSearchOptions {
  url: string;
  /** Key to use as is (MEILI_API_KEY, made by an operator); stays on the server (DESIGN.md security model). */
  apiKey?: string;
  /** Without apiKey: used once, to make (or find) a key limited to what the app does (keys.ts). */
  masterKey?: string;
  indexName?: string;
  /** Per HTTP request, ms (default 5 000). */
  requestTimeoutMs?: number;
  /** Per awaited task, ms (default 60 000: a large batch can take a while to index). */
  taskTimeoutMs?: number;
  /** Documents per addDocuments task (default 5 000). */
  batchSize?: number;
  /** Exhaustive totals and paging depth (default DEFAULT_MAX_TOTAL_HITS, see settings.ts). */
  maxTotalHits?: number;
}

export interface MeiliSearchEngine extends SearchEngine {
  readonly indexName: string;
  /** Delete the whole index (tests and `npm run reindex --drop`). */
  dropIndex(): Promise<void>;
}

export const EXACT_RERANK_WINDOW = 100;
const ABOUT_CROP_WORDS = 40;
/** Search errors that mean the index or its settings are missing, not a bad query of ours. */
const UNCONFIGURED_INDEX_CODES = new Set(['index_not_found', 'invalid_search_filter', 'invalid_search_sort', 'invalid_search_facets']);

class MeiliEngine implements MeiliSearchEngine {
  readonly engine = MEILI_ENGINE;
  readonly indexName: string;
  /** The client with the app's key; made on first use when only the master key is given. */
  private client: Meilisearch | null = null;
  private readonly taskTimeoutMs: number;
  private readonly batchSize: number;
  private readonly maxTotalHits: number;
  /** False until configure() succeeded, and again once the index was found missing or unconfigured. */
  private configured = false;
  /** Why the index must be rebuilt (documents or settings were lost), until a rebuild finishes. */
  private lost: string | null = null;
  /** The replacement index a rebuild is filling; writes go to it as well. */
  private replacement: string | null = null;
  private closed = false;

  constructor(private readonly options: MeiliSearchOptions) {
    this.indexName = options.indexName ?? 'profiles';
    this.taskTimeoutMs = options.taskTimeoutMs ?? 60_000;
    this.batchSize = Math.max(1, options.batchSize ?? 5000);
    this.maxTotalHits = options.maxTotalHits ?? DEFAULT_MAX_TOTAL_HITS;
  }

  private connect(apiKey: string | undefined): Meilisearch {
    return new Meilisearch({
      host: this.options.url,
      ...(apiKey ? { apiKey } : {}),
      timeout: this.options.requestTimeoutMs ?? 5000,
      defaultWaitOptions: { timeout: this.taskTimeoutMs, interval: 50 },
    });
  }

  /** The app's client; with only a master key, the app key is made (or found) first. */
  private async api(): Promise<Meilisearch> {
    if (this.client) return this.client;
    const { apiKey, masterKey } = this.options;
    const key = apiKey ?? (masterKey ? await ensureAppKey(this.connect(masterKey), this.indexName) : undefined);
    this.client = this.connect(key);
    return this.client;
  }

  private get settings() {
    return profileIndexSettings({ maxTotalHits: this.maxTotalHits });
  }

  async configure(): Promise<void> {
    await this.call('configure', (client) => this.createWithSettings(client, this.indexName));
    this.configured = true;
  }

  /** Create `uid` (if missing) and apply the settings; documents are only ever added after this. */
  private async createWithSettings(client: Meilisearch, uid: string): Promise<void> {
    const created = await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
      throw new SearchError(`meilisearch could not create index ${uid}: ${created.error?.message ?? created.status}`);
    }
    await this.waitOk('settings', client.index(uid).updateSettings(this.settings));
  }

  async upsert(docs: readonly ProfileSearchDocument[]): Promise<void> {
    if (docs.length === 0) return this.assertOpen();
    await this.call('upsert', async (client) => {
      await this.ensureConfigured(client);
      for (const uid of this.targets()) await this.addDocuments(client, uid, docs);
    });
  }

  async delete(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return this.assertOpen();
    await this.call('delete', async (client) => {
      await this.ensureConfigured(client);
      for (const uid of this.targets()) await this.waitOk('delete', client.index(uid).deleteDocuments([...ids]));
    });
  }

  async clear(): Promise<void> {
    await this.call('clear', (client) => this.waitOk('clear', client.index(this.indexName).deleteAllDocuments()));
  }

  async count(): Promise<number> {
    return this.call('count', async (client) => (await client.index(this.indexName).getStats()).numberOfDocuments);
  }

  async ping(): Promise<void> {
    await this.call('ping', async (client) => {
      await client.health();
    });
  }

  /**
   * Unhealthy when Meilisearch does not answer, and also when the index is missing or lacks its
   * settings (then `needsRebuild`; the settings are applied again at once so writes can go on).
   */
  async health(): Promise<SearchHealth> {
    try {
      await this.call('health', async (client) => {
        if (this.lost) return;
        const mismatch = settingsMismatch(await client.index(this.indexName).getSettings(), this.settings);
        if (mismatch) this.markLost(`index ${this.indexName} settings: ${mismatch}`);
      });
      if (!this.lost) return { engine: this.engine, ok: true, documents: await this.count() };
    } catch (error) {
      if (!this.lost) return { engine: this.engine, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    // Put the settings back now (writes can go on); the documents come back with a rebuild.
    await this.ensureConfiguredNow().catch(() => undefined);
    return { engine: this.engine, ok: false, needsRebuild: true, error: this.lost ?? 'index lost' };
  }

  private async ensureConfiguredNow(): Promise<void> {
    await this.call('configure', (client) => this.ensureConfigured(client));
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  async dropIndex(): Promise<void> {
    await this.call('drop index', async (client) => {
      await client.deleteIndexIfExists(this.indexName);
      await client.deleteIndexIfExists(rebuildIndexName(this.indexName));
    });
  }

  async beginRebuild(): Promise<IndexRebuild> {
    const uid = rebuildIndexName(this.indexName);
    await this.call('rebuild', async (client) => {
      this.replacement = null;
      await this.dropIndexAndWait(client, uid); // left over from an interrupted rebuild
      await this.createWithSettings(client, uid);
      this.replacement = uid;
    });
    return guardedRebuild(() => this.replacement === uid, 'meilisearch: this rebuild was abandoned or replaced', {
      upsert: async (docs) => {
        if (docs.length > 0) await this.call('rebuild', (client) => this.addDocuments(client, uid, docs));
      },
      delete: async (ids) => {
        if (ids.length > 0) await this.call('rebuild', (client) => this.waitOk('delete', client.index(uid).deleteDocuments([...ids])));
      },
      finish: () =>
        this.call('swap', async (client) => {
          // Swapping needs both indexes; the live one may be missing after a data loss.
          await this.createWithSettings(client, this.indexName);
          await this.waitOk('swap', client.swapIndexes([{ indexes: [this.indexName, uid], rename: false }]));
          this.replacement = null;
          this.configured = true;
          this.lost = null;
          await this.dropIndexAndWait(client, uid); // now holds the old documents
        }),
      abandon: async () => {
        if (this.replacement === uid) this.replacement = null;
        await this.call('rebuild', (client) => this.dropIndexAndWait(client, uid));
      },
    });
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return this.call('search', async (client) => {
      const { limit, offset } = normalizePaging(query);
      const parsed = parseQuery(query.q);
      const browsing = parsed.terms.length === 0;
      const first = await this.runSearch(client, query, parsed, offset, limit, 'all');
      if (!browsing && first.total === 0 && parsed.terms.length > 1) {
        const relaxed = await this.runSearch(client, query, parsed, offset, limit, 'last');
        return relaxed.total > 0 ? { ...relaxed, relaxed: true } : relaxed;
      }
      return first;
    });
  }

  private async runSearch(
    client: Meilisearch,
    query: SearchQuery,
    parsed: ParsedQuery,
    offset: number,
    limit: number,
    matchingStrategy: 'all' | 'last',
  ): Promise<SearchResult> {
    const browsing = parsed.terms.length === 0;
    const withHighlight = query.highlight !== false && !browsing;
    const facets = query.facets ?? [];
    // Re-rank by exactness only inside the fixed top window (see header comment).
    const rerank = !browsing && parsed.exactTerms.length > 0 && offset < EXACT_RERANK_WINDOW;
    const filter = buildMeiliFilter(query.filters);
    const params: SearchParams = {
      matchingStrategy,
      showRankingScore: true,
      attributesToRetrieve: [...SEARCH_DOCUMENT_KEYS],
      sort: browsing ? ['verifiedRank:asc', 'browseName:asc', 'id:asc'] : ['id:asc'],
      ...(filter ? { filter } : {}),
      ...(facets.length > 0 ? { facets: facets.map((f) => FACET_ATTRIBUTE[f]) } : {}),
      ...(withHighlight
        ? {
            attributesToHighlight: [...HIGHLIGHT_FIELDS],
            highlightPreTag: PRE_TAG,
            highlightPostTag: POST_TAG,
            attributesToCrop: ['about'],
            cropLength: ABOUT_CROP_WORDS,
            cropMarker: '…',
          }
        : {}),
    };

    let skip = 0;
    if (rerank) {
      Object.assign(params, { page: 1, hitsPerPage: Math.max(EXACT_RERANK_WINDOW, offset + limit) });
      skip = offset;
    } else if (offset % limit === 0) {
      Object.assign(params, { page: offset / limit + 1, hitsPerPage: limit });
    } else {
      Object.assign(params, { offset, limit });
    }

    // Page mode answers totalHits, offset mode estimatedTotalHits; the params type decides which
    // at compile time, here it is chosen at run time.
    const response = (await client.index<MeiliProfileDocument>(this.indexName).search(browsing ? '' : parsed.terms.join(' '), params)) as {
      hits: Record<string, unknown>[];
      totalHits?: number;
      estimatedTotalHits?: number;
      facetDistribution?: Record<string, Record<string, number>>;
    };
    let hits: SearchHit[] = response.hits.map((hit) => fromMeiliHit(hit, withHighlight));
    if (rerank) hits = rerankByExactness(hits, parsed);
    const total = typeof response.totalHits === 'number' ? response.totalHits : (response.estimatedTotalHits ?? hits.length);
    return {
      hits: hits.slice(skip, skip + limit),
      total,
      facets: facetsFromDistribution(response.facetDistribution, facets),
    };
  }

  private async waitOk(action: string, task: EnqueuedTaskPromise): Promise<void> {
    const done = await task.waitTask({ timeout: this.taskTimeoutMs });
    if (done.status !== 'succeeded') {
      throw new SearchError(`meilisearch ${action} task ${done.uid} ${done.status}: ${done.error?.message ?? ''}`);
    }
  }

  /** The live index, and the replacement while a rebuild fills it. */
  private targets(): string[] {
    return this.replacement ? [this.indexName, this.replacement] : [this.indexName];
  }

  private async addDocuments(client: Meilisearch, uid: string, docs: readonly ProfileSearchDocument[]): Promise<void> {
    for (let i = 0; i < docs.length; i += this.batchSize) {
      const batch = docs.slice(i, i + this.batchSize).map(toMeiliDocument);
      await this.waitOk('upsert', client.index<MeiliProfileDocument>(uid).addDocuments(batch, { primaryKey: 'id' }));
    }
  }

  /** Before a write: (re)create the index with its settings unless configure() already did. */
  private async ensureConfigured(client: Meilisearch): Promise<void> {
    if (this.configured) return;
    await this.createWithSettings(client, this.indexName);
    this.configured = true;
  }

  private async dropIndexAndWait(client: Meilisearch, uid: string): Promise<void> {
    const task = await client.deleteIndex(uid).waitTask();
    if (task.status !== 'succeeded' && task.error?.code !== 'index_not_found') {
      throw new SearchError(`meilisearch could not delete index ${uid}: ${task.error?.message ?? task.status}`);
    }
  }

  private markLost(reason: string): void {
    this.configured = false;
    this.lost ??= reason;
  }

  private assertOpen(): void {
    if (this.closed) throw new SearchUnavailableError(this.engine, 'meilisearch engine is closed');
  }

  private async call<T>(action: string, fn: (client: Meilisearch) => Promise<T>): Promise<T> {
    this.assertOpen();
    try {
      return await fn(await this.api());
    } catch (error) {
      // The index vanished or lost its settings (Meilisearch restarted empty and a write re-created
      // it bare): not a bad query, an outage of search until the index is rebuilt.
      const code = error instanceof MeilisearchApiError ? error.cause?.code : undefined;
      if (code && UNCONFIGURED_INDEX_CODES.has(code) && (action === 'search' || action === 'count' || action === 'health')) {
        this.markLost(`index ${this.indexName}: ${code}`);
        throw new SearchUnavailableError(this.engine, `meilisearch index ${this.indexName} must be rebuilt (${code})`, { cause: error });
      }
      throw translateMeiliError(error, action);
    }
  }
}

/** Stable sort of the window's first EXACT_RERANK_WINDOW hits by exact-diacritic matches. */
export function rerankByExactness(hits: SearchHit[], parsed: ParsedQuery): SearchHit[] {
  const window = hits.slice(0, EXACT_RERANK_WINDOW).map((hit) => ({
    hit,
    exact: countExactMatches(
      HIGHLIGHT_FIELDS.map((f) => hit.document[f] ?? ''),
      parsed,
    ),
  }));
  window.sort((a, b) => b.exact - a.exact);
  return [...window.map((w) => w.hit), ...hits.slice(EXACT_RERANK_WINDOW)];
}

export function createMeiliSearchEngine(options: MeiliSearchOptions): MeiliSearchEngine {
  if (!options.url) throw new SearchError('createMeiliSearchEngine: url is required');
  return new MeiliEngine(options);
}
