// Writing a page's own title, description and Open Graph tags into the web client's shell
// (index.html), so that link previews (Zalo, Facebook) and search engines read them without
// running JavaScript. Every value is escaped: a startup's name is user text.
import type { FirstPaintData } from '@ketnoi/contract';

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute URLs. */
  url: string;
  image: string;
  type: 'website' | 'profile' | 'article';
  siteName: string;
  /** HTTP status of the page (404 for a profile or event a visitor may not see). */
  status?: number;
  /** The page's first screen as HTML, put inside the client's #root until the scripts replace it. */
  firstPaint?: string;
  /** The answers the page asks for at once, for the client to start with (a JSON script after #root). */
  data?: FirstPaintData;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The tags of one page, in the order crawlers expect them. */
export function metaTags(meta: PageMeta): string {
  const tag = (attr: 'name' | 'property', key: string, value: string) => `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    tag('name', 'description', meta.description),
    `<link rel="canonical" href="${escapeHtml(meta.url)}" />`,
    tag('property', 'og:type', meta.type),
    tag('property', 'og:site_name', meta.siteName),
    tag('property', 'og:locale', 'vi_VN'),
    tag('property', 'og:title', meta.title),
    tag('property', 'og:description', meta.description),
    tag('property', 'og:url', meta.url),
    tag('property', 'og:image', meta.image),
    tag('name', 'twitter:card', 'summary_large_image'),
  ].join('\n    ');
}

const TITLE = /<title>[\s\S]*?<\/title>\s*/i;
const DESCRIPTION = /<meta\s+name=["']description["'][^>]*>\s*/i;

const ROOT = /<div id="root"><\/div>/;

/** JSON inside a <script>: `<` escaped, so no `</script>` or `<!--` in user text can end or bend it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The shell with its generic title and description replaced by the page's tags (and its first screen in #root). */
export function injectMeta(shell: string, meta: PageMeta): string {
  let stripped = shell.replace(TITLE, '').replace(DESCRIPTION, '');
  // A function replacement: `$` in user text must not be read as a replacement pattern.
  if (meta.firstPaint) {
    const data = meta.data ? `<script type="application/json" id="first-paint-data">${scriptJson(meta.data)}</script>` : '';
    stripped = stripped.replace(ROOT, () => `<div id="root">${meta.firstPaint}</div>${data}`);
  }
  const head = stripped.search(/<\/head>/i);
  if (head < 0) return stripped;
  return `${stripped.slice(0, head)}  ${metaTags(meta)}\n  ${stripped.slice(head)}`;
}
