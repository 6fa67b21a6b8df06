// The endpoint index at the end of docs/API.md: one row per registered route, so the prose
// contract and the served OpenAPI document stay in step. `npm run docs:api` rewrites it;
// apiDoc.test.ts fails when it is stale.
import type { AuthRule, RecordedRoute } from '../http/api.js';

export const INDEX_START = '<!-- endpoints:start -->';
export const INDEX_END = '<!-- endpoints:end -->';

const who = (auth: AuthRule) => (auth === 'public' ? 'anyone' : auth === 'user' ? 'signed in' : auth.join(', '));
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function endpointIndex(routes: readonly RecordedRoute[]): string {
  const rows = [...routes]
    .map((r) => ({
      key: `${r.path} ${r.method}`,
      line: `| ${r.method.toUpperCase()} | \`/api${r.path}\` | ${who(r.auth)} | ${cell(r.summary)} |`,
    }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((r) => r.line);
  return [INDEX_START, '| Method | Path | Who | What |', '|---|---|---|---|', ...rows, INDEX_END].join('\n');
}

/** The document with its index section replaced (appended when missing). */
export function withEndpointIndex(document: string, index: string): string {
  const start = document.indexOf(INDEX_START);
  const end = document.indexOf(INDEX_END);
  if (start < 0 || end < 0) return `${document.trimEnd()}\n\n${index}\n`;
  return document.slice(0, start) + index + document.slice(end + INDEX_END.length);
}
