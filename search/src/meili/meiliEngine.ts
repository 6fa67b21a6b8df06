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
import { Meilisearch, type EnqueuedTaskPromise, type SearchParams } from 'meilisearch';
import type { ProfileSearchDocument } from '../documents.js';
import { HIGHLIGHT_FIELDS, SEARCH_DOCUMENT_KEYS } from '../documents.js';
import {
  MAX_LIMIT,
  MAX_OFFSET,
  normalizePaging,
  type SearchEngine,
  type SearchHealth,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from '../engine.js';
import { SearchError, SearchUnavailableError } from '../errors.js';
import { countExactMatches, parseQuery, type ParsedQuery } from '../query.js';
import { FACET_ATTRIBUTE, buildMeiliFilter } from './filters.js';
import { MEILI_ENGINE, translateMeiliError } from './errors.js';
import { POST_TAG, PRE_TAG, facetsFromDistribution, fromMeiliHit, toMeiliDocument, type MeiliProfileDocument } from './mapping.js';
import { profileIndexSettings } from './settings.js';

export interface MeiliSearchOptions {
  url: string;
  /** Key with document and settings rights; stays on the server (DESIGN.md security model). */
  apiKey?: string;
  indexName?: string;
  /** Per HTTP request, ms (default 5 000). */
  requestTimeoutMs?: number;
  /** Per awaited task, ms (default 60 000: a large batch can take a while to index). */
  taskTimeoutMs?: number;
  /** Documents per addDocuments task (default 5 000). */
  batchSize?: number;
  /** Exhaustive totals and paging depth (default MAX_OFFSET + MAX_LIMIT). */
  maxTotalHits?: number;
}

export interface MeiliSearchEngine extends SearchEngine {
  readonly indexName: string;
  /** Delete the whole index (tests and `npm run reindex --drop`). */
  dropIndex(): Promise<void>;
}

export const EXACT_RERANK_WINDOW = 100;
const ABOUT_CROP_WORDS = 40;

class MeiliEngine implements MeiliSearchEngine {
  readonly engine = MEILI_ENGINE;
  readonly indexName: string;
  private readonly client: Meilisearch;
  private readonly taskTimeoutMs: number;
  private readonly batchSize: number;
  private readonly maxTotalHits: number;
  private closed = false;

  constructor(options: MeiliSearchOptions) {
    this.indexName = options.indexName ?? 'profiles';
    this.taskTimeoutMs = options.taskTimeoutMs ?? 60_000;
    this.batchSize = Math.max(1, options.batchSize ?? 5000);
    this.maxTotalHits = options.maxTotalHits ?? MAX_OFFSET + MAX_LIMIT;
    this.client = new Meilisearch({
      host: options.url,
      ...(options.apiKey ? { apiKey: options.apiKey } : {}),
      timeout: options.requestTimeoutMs ?? 5000,
      defaultWaitOptions: { timeout: this.taskTimeoutMs, interval: 50 },
    });
  }

  private get index() {
    return this.client.index<MeiliProfileDocument>(this.indexName);
  }

  async configure(): Promise<void> {
    await this.call('configure', async () => {
      const created = await this.client.createIndex(this.indexName, { primaryKey: 'id' }).waitTask();
      if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
        throw new SearchError(`meilisearch could not create index ${this.indexName}: ${created.error?.message ?? created.status}`);
      }
      await this.waitOk('settings', this.index.updateSettings(profileIndexSettings({ maxTotalHits: this.maxTotalHits })));
    });
  }

  async upsert(docs: readonly ProfileSearchDocument[]): Promise<void> {
    if (docs.length === 0) return this.assertOpen();
    await this.call('upsert', async () => {
      for (let i = 0; i < docs.length; i += this.batchSize) {
        const batch = docs.slice(i, i + this.batchSize).map(toMeiliDocument);
        await this.waitOk('upsert', this.index.addDocuments(batch, { primaryKey: 'id' }));
      }
    });
  }

  async delete(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return this.assertOpen();
    await this.call('delete', () => this.waitOk('delete', this.index.deleteDocuments([...ids])));
  }

  async clear(): Promise<void> {
    await this.call('clear', () => this.waitOk('clear', this.index.deleteAllDocuments()));
  }

  async count(): Promise<number> {
    return this.call('count', async () => (await this.index.getStats()).numberOfDocuments);
  }

  async ping(): Promise<void> {
    await this.call('ping', async () => {
      await this.client.health();
    });
  }

  async health(): Promise<SearchHealth> {
    try {
      return { engine: this.engine, ok: true, documents: await this.count() };
    } catch (error) {
      return { engine: this.engine, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  async dropIndex(): Promise<void> {
    await this.call('drop index', async () => {
      await this.client.deleteIndexIfExists(this.indexName);
    });
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return this.call('search', async () => {
      const { limit, offset } = normalizePaging(query);
      const parsed = parseQuery(query.q);
      const browsing = parsed.terms.length === 0;
      const first = await this.runSearch(query, parsed, offset, limit, 'all');
      if (!browsing && first.total === 0 && parsed.terms.length > 1) {
        const relaxed = await this.runSearch(query, parsed, offset, limit, 'last');
        return relaxed.total > 0 ? { ...relaxed, relaxed: true } : relaxed;
      }
      return first;
    });
  }

  private async runSearch(
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
    const response = (await this.index.search(browsing ? '' : parsed.terms.join(' '), params)) as {
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

  private assertOpen(): void {
    if (this.closed) throw new SearchUnavailableError(this.engine, 'meilisearch engine is closed');
  }

  private async call<T>(action: string, fn: () => Promise<T>): Promise<T> {
    this.assertOpen();
    try {
      return await fn();
    } catch (error) {
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
