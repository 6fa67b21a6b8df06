import type { MatchKind, NeedCategoryCode } from '@ketnoi/contract';

/** The kind of helper a need category most often calls for (people can switch). */
export function defaultKindFor(category: NeedCategoryCode): MatchKind {
  if (category === 'funding') return 'investor';
  if (category === 'workspace' || category === 'distribution') return 'provider';
  return 'expert';
}
