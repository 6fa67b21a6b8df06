// Language of the reasons: `?lang=` wins, then the Accept-Language header (highest q among the
// languages we write), then Vietnamese.
import type { Lang } from './criteria/types.js';

export function pickLang(explicit: Lang | undefined, acceptLanguage: string | undefined): Lang {
  if (explicit) return explicit;
  let best: { lang: Lang; q: number } | null = null;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.split('-')[0];
    if (primary !== 'vi' && primary !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? 'vi';
}
