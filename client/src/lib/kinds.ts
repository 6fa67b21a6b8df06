import type { MatchKind, NeedCategory } from '../api/types.js';

/** The kind of helper a need category most often calls for (people can switch). */
export function defaultKindFor(category: NeedCategory): MatchKind {
  if (category === 'funding') return 'investor';
  if (category === 'workspace' || category === 'distribution') return 'provider';
  return 'expert';
}
