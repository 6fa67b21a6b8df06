// Search highlights arrive as HTML: text the server escaped, with <mark> around the hits. Only the
// exact tags <mark> and </mark> are honoured; everything else is decoded to plain text and rendered
// by React as text, so a <script> or <img onerror> in the data can never become markup.

export interface HighlightSegment {
  text: string;
  marked: boolean;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

export function parseHighlight(html: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let marked = false;
  for (const part of html.split(/(<mark>|<\/mark>)/i)) {
    if (/^<mark>$/i.test(part)) {
      marked = true;
      continue;
    }
    if (/^<\/mark>$/i.test(part)) {
      marked = false;
      continue;
    }
    if (!part) continue;
    const text = decodeEntities(part);
    const last = segments[segments.length - 1];
    if (last && last.marked === marked) last.text += text;
    else segments.push({ text, marked });
  }
  return segments;
}
