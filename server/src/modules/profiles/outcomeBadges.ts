import { OUTCOME_TAGS, type OutcomeBadge, type OutcomeTagCode } from '@ketnoi/contract';
import type { Store } from '../../store/types.js';

/** Tags that say nothing a visitor can read as an achievement. */
const NOT_A_BADGE: ReadonlySet<string> = new Set<OutcomeTagCode>(['other']);
const isOutcomeTag = (tag: string): tag is OutcomeTagCode => (OUTCOME_TAGS as readonly string[]).includes(tag);

/**
 * The badges a startup's public page shows: outcome tags recorded when its consultations were
 * completed ("Đã nộp đơn nhãn hiệu" from trademark_filed) and the founder's answers to the 90-day
 * follow-up mail that name an outcome (a trademark granted since), counted once per consultation and
 * tag — as the reports count them. Reads the
 * consultations collection that the consultations module owns (built after this one), and only
 * the tags: never the note, the evidence or who helped.
 */
export class OutcomeBadges {
  constructor(private readonly store: Store) {}

  async forStartup(startupId: string): Promise<OutcomeBadge[]> {
    const consultations = this.store.collection<{
      _id: string;
      outcome: { tags: OutcomeTagCode[] } | null;
      followUps?: { tag: string }[];
    }>({ name: 'consultations' });
    const done = await consultations.find({ startupId, status: 'completed' }, { projection: { outcome: 1, followUps: 1 } });
    const counts = new Map<OutcomeTagCode, number>();
    for (const consultation of done) {
      const later = (consultation.followUps ?? []).map((f) => f.tag).filter(isOutcomeTag);
      for (const tag of new Set([...(consultation.outcome?.tags ?? []), ...later])) {
        if (!NOT_A_BADGE.has(tag)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      }
    }
    return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }
}
