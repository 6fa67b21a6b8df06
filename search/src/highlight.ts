// Highlights: `<mark>` around matched words of the ORIGINAL text (diacritics and case kept),
// everything else HTML-escaped, long text cropped around the first match.
import { escapeHtml } from './text.js';
import { foldWord } from './wordCache.js';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
export const MARK_OPEN = '<mark>';
export const MARK_CLOSE = '</mark>';

export interface HighlightOptions {
  /** Crop to about this many characters around the first match (with "…"). */
  crop?: number;
}

/**
 * Mark every word of `text` whose folded form satisfies `isMatch`. Returns undefined when no
 * word matches, so callers only report fields that actually matched.
 */
export function highlightText(text: string, isMatch: (foldedWord: string) => boolean, options: HighlightOptions = {}): string | undefined {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    if (isMatch(foldWord(m[0]))) spans.push([m.index, m.index + m[0].length]);
  }
  const first = spans[0];
  if (!first) return undefined;

  let start = 0;
  let end = text.length;
  if (options.crop !== undefined && text.length > options.crop) {
    start = wordStartAtOrBefore(text, Math.max(0, first[0] - Math.floor(options.crop / 5)));
    end = wordEndAtOrAfter(text, Math.min(text.length, start + options.crop));
  }
  let out = start > 0 ? '…' : '';
  let pos = start;
  for (const [s, e] of spans) {
    if (s < start || e > end) continue;
    out += escapeHtml(text.slice(pos, s)) + MARK_OPEN + escapeHtml(text.slice(s, e)) + MARK_CLOSE;
    pos = e;
  }
  out += escapeHtml(text.slice(pos, end));
  if (end < text.length) out += '…';
  return out;
}

function wordStartAtOrBefore(text: string, index: number): number {
  let i = index;
  while (i > 0 && /\S/.test(text[i - 1] ?? '')) i--;
  return i;
}

function wordEndAtOrAfter(text: string, index: number): number {
  let i = index;
  while (i < text.length && /\S/.test(text[i] ?? '')) i++;
  return i;
}

/**
 * Turn an engine's formatted text, whose matches are wrapped in sentinel characters that can
 * never occur in documents (control characters are stripped by the mapping), into escaped HTML
 * with `<mark>` tags. Escaping after tagging would escape the tags; before would miss content.
 */
export function sentinelsToMarks(formatted: string, open: string, close: string): string | undefined {
  if (!formatted.includes(open)) return undefined;
  return escapeHtml(formatted).split(open).join(MARK_OPEN).split(close).join(MARK_CLOSE);
}
