// What both engines' rebuild handles share: a rebuild replaced by a newer one (or abandoned)
// refuses further writes, so a stale bulk fill can never land in the index that goes live.
import type { IndexRebuild } from './engine.js';
import { SearchError } from './errors.js';

/**
 * The rebuild handle over an engine's own steps: upsert, delete and finish first check
 * `isCurrent()` and throw SearchError(`staleMessage`) when it is not; abandon always runs.
 * The check and the start of each step run in one synchronous step.
 */
export function guardedRebuild(isCurrent: () => boolean, staleMessage: string, steps: IndexRebuild): IndexRebuild {
  const current = () => {
    if (!isCurrent()) throw new SearchError(staleMessage);
  };
  return {
    upsert: async (docs) => {
      current();
      await steps.upsert(docs);
    },
    delete: async (ids) => {
      current();
      await steps.delete(ids);
    },
    finish: async () => {
      current();
      await steps.finish();
    },
    abandon: () => steps.abandon(),
  };
}
