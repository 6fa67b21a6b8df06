// "What happened next?": 90 days after a consultation was completed, one mail to the startup with
// one-tap answers. The consultation is marked as asked in the same transaction that queues the
// mail, so a second run (or a second instance) finds nothing left to ask.
import type { FollowUpTag } from '@ketnoi/contract';
import { FOLLOW_UP_WAITING } from '@ketnoi/contract';
import { followUpWaiting, outcomeTags } from '@ketnoi/seeds';
import type { Clock } from '../../../lib/clock.js';
import { DAY_MS } from '../../../lib/clock.js';
import type { Store } from '../../../store/types.js';
import type { ConsultationDoc } from '../../consultations/repository.js';
import type { ProfileDoc } from '../../profiles/repository.js';
import type { MailService } from '../service.js';

export const FOLLOW_UP_AFTER_DAYS = 90;
/** How long the answer links work. */
export const FOLLOW_UP_ANSWER_DAYS = 30;
const MAX_ANSWERS = 6;
const BATCH = 200;

/** What usually comes after a recorded outcome (asked first), then what provinces report most. */
const NEXT: Partial<Record<string, FollowUpTag[]>> = {
  trademark_filed: ['trademark_granted'],
  standard_certified: ['distribution_contract', 'product_listed'],
  label_compliant: ['distribution_contract', 'product_listed'],
  training_done: ['company_registered', 'product_listed'],
};
const USUAL: FollowUpTag[] = [
  'trademark_granted',
  'distribution_contract',
  'investment_committed',
  'product_listed',
  'standard_certified',
  'company_registered',
];

const LABELS = new Map<string, { vi: string; en: string }>([
  ...outcomeTags.map((t) => [t.code, { vi: t.vi, en: t.en }] as const),
  [FOLLOW_UP_WAITING, { vi: followUpWaiting.vi, en: followUpWaiting.en }],
]);

/** The answers a follow-up offers for this consultation: likely outcomes it has not recorded yet, then "still waiting". */
export function followUpAnswers(consultation: Pick<ConsultationDoc, 'outcome'>): { tag: string; vi: string; en: string }[] {
  const recorded = new Set<string>(consultation.outcome?.tags ?? []);
  const likely = [...(consultation.outcome?.tags ?? []).flatMap((t) => NEXT[t] ?? []), ...USUAL];
  const tags = [...new Set(likely)].filter((t) => !recorded.has(t)).slice(0, MAX_ANSWERS);
  return [...tags, FOLLOW_UP_WAITING].map((tag) => ({ tag, ...LABELS.get(tag)! }));
}

export function followUpLabel(tag: string): { vi: string; en: string } | undefined {
  return LABELS.get(tag);
}

export interface FollowUpDeps {
  store: Store;
  mail: Pick<MailService, 'enqueue'>;
  consultations: {
    dueForFollowUp(completedBefore: string, limit: number): Promise<ConsultationDoc[]>;
    markFollowUpAsked(id: string, at: string): Promise<boolean>;
  };
  profiles: { findMany(ids: readonly string[]): Promise<ProfileDoc[]> };
  needs: { findById(id: string): Promise<{ title: string } | null> };
  clock: Clock;
}

export class ConsultationFollowUps {
  constructor(private readonly deps: FollowUpDeps) {}

  /** Ask about every consultation completed 90 days ago or earlier and not asked yet. */
  async run(): Promise<number> {
    const now = this.deps.clock.now();
    const before = new Date(now.getTime() - FOLLOW_UP_AFTER_DAYS * DAY_MS).toISOString();
    let asked = 0;
    for (;;) {
      const due = await this.deps.consultations.dueForFollowUp(before, BATCH);
      for (const consultation of due) if (await this.ask(consultation, now)) asked++;
      if (due.length < BATCH) return asked;
    }
  }

  private async ask(consultation: ConsultationDoc, now: Date): Promise<boolean> {
    const [profiles, need] = await Promise.all([
      this.deps.profiles.findMany([consultation.startupId, consultation.helperId]),
      consultation.needId ? this.deps.needs.findById(consultation.needId) : null,
    ]);
    const startup = profiles.find((p) => p._id === consultation.startupId);
    const helper = profiles.find((p) => p._id === consultation.helperId);
    return this.deps.store.withTransaction(async () => {
      if (!(await this.deps.consultations.markFollowUpAsked(consultation._id, now.toISOString()))) return false;
      // Without the startup's account there is nobody to ask; the mark stays so it is not looked at again.
      if (!startup || !helper) return false;
      await this.deps.mail.enqueue('consultation.follow_up', startup.userId, {
        consultationId: consultation._id,
        withName: helper.name,
        completedAt: consultation.completedAt ?? consultation.updatedAt,
        needTitle: need?.title,
        answers: followUpAnswers(consultation),
        answerBy: new Date(now.getTime() + FOLLOW_UP_ANSWER_DAYS * DAY_MS).toISOString(),
      });
      return true;
    });
  }
}
