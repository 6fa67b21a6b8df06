// Documents to and from Meilisearch: two sort keys are added on the way in, and only the keys of
// a search document come back out; `_formatted` becomes escaped HTML with `<mark>` highlights.
import { HIGHLIGHT_FIELDS, SEARCH_DOCUMENT_KEYS, type ProfileSearchDocument } from '../documents.js';
import type { FacetCounts, FacetName, SearchHit } from '../engine.js';
import { sentinelsToMarks } from '../highlight.js';
import { fold } from '../text.js';
import { FACET_ATTRIBUTE } from './filters.js';

/** Highlight tags Meilisearch is asked to use; control characters never occur in documents. */
export const PRE_TAG = '\u0002';
export const POST_TAG = '\u0003';

export type MeiliProfileDocument = ProfileSearchDocument & { verifiedRank: 0 | 1; browseName: string };

/** Only search-document keys are sent (a stray `contact` never reaches the index), plus sort keys. */
export function toMeiliDocument(doc: ProfileSearchDocument): MeiliProfileDocument {
  const source = doc as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of SEARCH_DOCUMENT_KEYS) if (source[key] !== undefined) out[key] = source[key];
  return { ...(out as unknown as ProfileSearchDocument), verifiedRank: doc.verified ? 0 : 1, browseName: fold(doc.name) };
}

type RawHit = Record<string, unknown> & { _formatted?: Record<string, unknown>; _rankingScore?: number };

export function fromMeiliHit(hit: RawHit, withHighlight: boolean): SearchHit {
  const document = {} as Record<string, unknown>;
  for (const key of SEARCH_DOCUMENT_KEYS) {
    if (hit[key] !== undefined && hit[key] !== null) document[key] = hit[key];
  }
  const highlight: Record<string, string> = {};
  if (withHighlight && hit._formatted) {
    for (const field of HIGHLIGHT_FIELDS) {
      const formatted = hit._formatted[field];
      if (typeof formatted !== 'string') continue;
      const marked = sentinelsToMarks(formatted, PRE_TAG, POST_TAG);
      if (marked !== undefined) highlight[field] = marked;
    }
  }
  const doc = document as unknown as ProfileSearchDocument;
  return { id: doc.id, score: typeof hit._rankingScore === 'number' ? hit._rankingScore : 0, document: doc, highlight };
}

export function facetsFromDistribution(
  distribution: Record<string, Record<string, number>> | undefined,
  facets: readonly FacetName[],
): FacetCounts {
  const out: FacetCounts = {};
  for (const facet of facets) {
    const counts = distribution?.[FACET_ATTRIBUTE[facet]] ?? {};
    out[facet] = Object.fromEntries(
      Object.entries(counts)
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    );
  }
  return out;
}
