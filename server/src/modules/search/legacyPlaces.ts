// Pre-2025 province names in what people type. Since 1 July 2025 Quảng Nam is part of Đà Nẵng;
// profiles carry the current unit, so "mật ong quảng nam" found nothing there. Each legacy name
// (seeds' legacyNames, with or without diacritics) is read as the current unit's name before the
// query reaches the engine. Other words pass through unchanged.
import { provinces } from '@ketnoi/seeds';
import { fold } from '@ketnoi/search';

interface LegacyName {
  words: string[];
  current: string;
}

const words = (text: string) =>
  fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Longest names first, so "Thừa Thiên Huế" wins over a shorter one that starts the same way. */
const LEGACY: LegacyName[] = provinces
  .flatMap((p) => p.legacyNames.map((name) => ({ words: words(name), current: p.name })))
  .filter((l) => l.words.length > 0 && l.words.join(' ') !== words(l.current).join(' '))
  .sort((a, b) => b.words.length - a.words.length);

/** `q` with every legacy province name replaced by the current unit's name. */
export function withCurrentPlaceNames(q: string): { q: string; replaced: { legacy: string; current: string }[] } {
  const tokens = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const folded = tokens.map((t) => words(t).join(''));
  const out: string[] = [];
  const replaced: { legacy: string; current: string }[] = [];
  for (let i = 0; i < tokens.length;) {
    const match = LEGACY.find((l) => l.words.every((w, k) => folded[i + k] === w));
    if (match) {
      replaced.push({ legacy: tokens.slice(i, i + match.words.length).join(' '), current: match.current });
      out.push(match.current);
      i += match.words.length;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return replaced.length ? { q: out.join(' '), replaced } : { q, replaced };
}
