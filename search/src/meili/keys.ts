// The key the app works with. The master key can do anything, including creating keys and
// dumping every index; the app needs much less. Given only the master key, configure() makes (once)
// a key limited to the actions and indexes the app uses and switches to it, so the master key is
// used for that one request. Given MEILI_API_KEY (made by an operator), that key is used as is.
import { createHash } from 'node:crypto';
import type { Meilisearch } from 'meilisearch';
import { MeilisearchApiError } from 'meilisearch';

/**
 * What the app does with Meilisearch: search, write documents, apply settings, build a replacement
 * index and swap it in (create, swap, delete), wait for tasks, read stats for health.
 */
export const APP_KEY_ACTIONS = [
  'search',
  'documents.add',
  'documents.delete',
  'indexes.create',
  'indexes.get',
  'indexes.delete',
  'indexes.swap',
  'settings.get',
  'settings.update',
  'tasks.get',
  'stats.get',
] as const;

/** Bump when APP_KEY_ACTIONS change: a key's actions cannot be changed after creation. */
const APP_KEY_VERSION = 1;

/**
 * A uid derived from the index name and APP_KEY_VERSION: Meilisearch derives a key's value from the
 * master key and its uid, so every start finds the same key instead of making another.
 */
export function appKeyUid(indexName: string): string {
  const hex = createHash('sha256').update(`ketnoi-app-key:${APP_KEY_VERSION}:${indexName}`).digest('hex');
  // UUID v4 layout (Meilisearch requires one): version nibble 4, variant bits 10.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Indexes the app key may touch: the live index and the one a rebuild fills. */
export function appKeyIndexes(indexName: string): string[] {
  return [indexName, rebuildIndexName(indexName)];
}

export function rebuildIndexName(indexName: string): string {
  return `${indexName}_rebuild`;
}

/** The app key's value, made with the master-key client if it does not exist yet. */
export async function ensureAppKey(master: Meilisearch, indexName: string): Promise<string> {
  const uid = appKeyUid(indexName);
  try {
    return (await master.getKey(uid)).key;
  } catch (error) {
    if (!(error instanceof MeilisearchApiError) || error.response.status !== 404) throw error;
  }
  const created = await master.createKey({
    uid,
    name: `ketnoi-app (${indexName})`,
    description: 'KếtNối server: search, documents, settings and rebuilds of its own indexes. Made at setup from the master key.',
    actions: [...APP_KEY_ACTIONS],
    indexes: appKeyIndexes(indexName),
    expiresAt: null,
  });
  return created.key;
}
