// Runs the contract against a real Meilisearch when MEILI_URL is set (docker compose up), on a
// throw-away index that is dropped afterwards. Without MEILI_URL the suite is skipped, loudly:
// Meilisearch cannot be installed on the build machine, and the same contract always runs
// against the embedded engine.
import { describe } from 'vitest';
import { createMeiliSearchEngine, type MeiliSearchEngine } from '../meili/meiliEngine.js';
import { runSearchContract } from './searchContract.js';

const url = process.env.MEILI_URL;
if (!url) console.log('[search] MEILI_URL is not set: Meilisearch contract suite skipped');

describe.skipIf(!url)('meilisearch engine', () => {
  runSearchContract(
    'meilisearch',
    () =>
      createMeiliSearchEngine({
        url: url!,
        apiKey: process.env.MEILI_MASTER_KEY ?? process.env.MEILI_API_KEY,
        indexName: `profiles_contract_${process.pid}_${Date.now()}`,
      }),
    { dispose: (engine) => (engine as MeiliSearchEngine).dropIndex() },
  );
});
