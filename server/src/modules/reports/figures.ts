// The report figures, computed in one pass over each collection from the status histories (not
// from current status). Pure: the service loads the rows, this counts them. Every definition is
// written out in docs/REPORTS.md; the comments here name them briefly.
import { needCategoryCodes, outcomeTagCodes } from '@ketnoi/seeds';
import type { ConsultationDoc } from '../consultations/repository.js';
import type { IntroDoc } from '../intros/repository.js';
import { INTRO_STATUSES } from '@ketnoi/contract';
import type { NeedDoc } from '../needs/repository.js';
import { isoMs, type Period } from './period.js';

export type NeedRow = Pick<NeedDoc, '_id' | 'category' | 'province' | 'history' | 'createdAt'>;
export type IntroRow = Pick<IntroDoc, '_id' | 'province' | 'needId' | 'history' | 'createdAt' | 'firstResponseAt'>;
export type ConsultationRow = Pick<
  ConsultationDoc,
  '_id' | 'introId' | 'startupId' | 'province' | 'history' | 'outcome' | 'feedback' | 'followUps'
>;

const OUTCOME_TAGS = new Set<string>(outcomeTagCodes);

export interface StageTime {
  medianHours: number | null;
  count: number;
}

export interface ProvinceFigures {
  needsOpened: number;
  needsResolved: number;
  introsRequested: number;
  introsAccepted: number;
  consultationsCompleted: number;
}

const HOUR_MS = 3_600_000;
const round2 = (n: number) => Math.round(n * 100) / 100;
const hoursBetween = (from: string, to: string) => (isoMs(to) - isoMs(from)) / HOUR_MS;

/** Median (mean of the middle two for an even count), rounded to 0.01; null for none. Linear time (quickselect). */
export function median(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  const a = Float64Array.from(values);
  const mid = n >> 1;
  const upper = select(a, mid);
  if (n % 2 === 1) return round2(upper);
  // After selecting `mid`, everything left of it is ≤ it: the lower middle is their maximum.
  let lower = -Infinity;
  for (let i = 0; i < mid; i++) if (a[i]! > lower) lower = a[i]!;
  return round2((lower + upper) / 2);
}

/** Hoare's selection: puts the k-th smallest at a[k], smaller ones before it, larger after. */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

/** Durations of stage visits (enter → leave) whose leaving falls in the period. */
class StageTimes {
  private readonly visits = new Map<string, number[]>();

  constructor(private readonly stages: readonly string[]) {
    for (const stage of stages) this.visits.set(stage, []);
  }

  add(history: readonly { at: string; to: string }[], period: Period): void {
    const from = period.from ?? '';
    let enteredMs = NaN; // parsed once per entry, reused as the next stay's start
    for (let i = 0; i + 1 < history.length; i++) {
      const leave = history[i + 1]!.at;
      const list = this.visits.get(history[i]!.to);
      if (!list || leave < from || leave >= period.to) {
        enteredMs = NaN;
        continue;
      }
      const leaveMs = isoMs(leave);
      list.push((leaveMs - (Number.isNaN(enteredMs) ? isoMs(history[i]!.at) : enteredMs)) / HOUR_MS);
      enteredMs = leaveMs;
    }
  }

  report(): Record<string, StageTime> {
    return Object.fromEntries(this.stages.map((s) => [s, { medianHours: median(this.visits.get(s)!), count: this.visits.get(s)!.length }]));
  }
}

const REOPEN_FROM = new Set<string | null>([null, 'resolved', 'closed']);
const STATUS_BIT = new Map<string, number>(INTRO_STATUSES.map((s, i) => [s, 1 << i]));

/**
 * Counts in one pass per collection. Feed consultations, then needs, then intros (the funnel of the
 * intros reads what the first two left: completed consultations and need resolutions), then call
 * result(). The service reads and feeds one collection at a time, so only one is held in memory.
 */
export class FigureCounter {
  private readonly from: string;
  private readonly to: string;
  private readonly byProvince = new Map<string, ProvinceFigures>();
  private readonly consultations = { completed: 0, scheduled: 0, cancelled: 0, ratings: 0, averageRating: null as number | null };
  private ratingSum = 0;
  private readonly outcomes: Record<string, number> = {};
  /** Outcome tag → the startups whose counted outcomes carry it (projects, as departments report them). */
  private readonly outcomeStartups = new Map<string, Set<string>>();
  /** Intros with a consultation completed before the period ends. */
  private readonly completedIntros = new Set<string>();
  private readonly byCategory: Record<string, { open: number; resolved: number }> = Object.fromEntries(
    needCategoryCodes.map((c) => [c, { open: 0, resolved: 0 }]),
  );
  private readonly needTotals = { opened: 0, reopened: 0, resolved: 0, closed: 0 };
  /** Need → times it entered `resolved` before the period ends. */
  private readonly resolvedAt = new Map<string, string[]>();
  private readonly byStatus: Record<string, number> = Object.fromEntries(INTRO_STATUSES.map((s) => [s, 0]));
  private readonly statusAtEnd: Record<string, number> = Object.fromEntries(INTRO_STATUSES.map((s) => [s, 0]));
  private readonly funnel = { requested: 0, accepted: 0, consulted: 0, resolved: 0 };
  private readonly firstResponseHours: number[] = [];
  private readonly stages = {
    needs: new StageTimes(['open', 'in_progress', 'resolved', 'closed']),
    intros: new StageTimes(['pending_staff', 'pending']),
    consultations: new StageTimes(['scheduled']),
  };

  constructor(private readonly period: Period) {
    this.from = period.from ?? ''; // '' sorts before every time
    this.to = period.to;
  }

  private within(at: string): boolean {
    return at >= this.from && at < this.to;
  }

  private tally(province: string): ProvinceFigures {
    let f = this.byProvince.get(province);
    if (!f)
      this.byProvince.set(
        province,
        (f = { needsOpened: 0, needsResolved: 0, introsRequested: 0, introsAccepted: 0, consultationsCompleted: 0 }),
      );
    return f;
  }

  /**
   * Completed / scheduled / cancelled within the period; ratings given within it; outcomes of the
   * completed, and outcome tags answered to the follow-up mail within it (each tag once per
   * consultation: one already recorded at completion is not counted again).
   */
  addConsultations(rows: readonly ConsultationRow[]): this {
    for (const c of rows) {
      let completedNow = false;
      for (const h of c.history) {
        if (h.to === 'completed' && h.at < this.to) this.completedIntros.add(c.introId);
        if (!this.within(h.at)) continue;
        if (h.to === 'completed') completedNow = true;
        else if (h.to === 'scheduled') this.consultations.scheduled++;
        else if (h.to === 'cancelled') this.consultations.cancelled++;
      }
      if (completedNow) {
        this.consultations.completed++;
        this.tally(c.province).consultationsCompleted++;
        for (const tag of c.outcome?.tags ?? []) this.countOutcome(tag, c.startupId);
      }
      for (const f of c.followUps ?? []) {
        if (this.within(f.at) && OUTCOME_TAGS.has(f.tag) && !c.outcome?.tags.includes(f.tag as never))
          this.countOutcome(f.tag, c.startupId);
      }
      if (c.feedback && this.within(c.feedback.at)) {
        this.consultations.ratings++;
        this.ratingSum += c.feedback.rating;
      }
      this.stages.consultations.add(c.history, this.period);
    }
    return this;
  }

  private countOutcome(tag: string, startupId: string): void {
    this.outcomes[tag] = (this.outcomes[tag] ?? 0) + 1;
    const startups = this.outcomeStartups.get(tag);
    if (startups) startups.add(startupId);
    else this.outcomeStartups.set(tag, new Set([startupId]));
  }

  /** Needs that entered open (created or reopened) and resolved within the period, per category. */
  addNeeds(rows: readonly NeedRow[]): this {
    for (const need of rows) {
      let opened = false;
      let reopened = false;
      let resolved = false;
      let closed = false;
      for (const h of need.history) {
        if (h.to === 'resolved' && h.at < this.to) {
          const list = this.resolvedAt.get(need._id);
          if (list) list.push(h.at);
          else this.resolvedAt.set(need._id, [h.at]);
        }
        if (!this.within(h.at)) continue;
        if (h.to === 'open' && REOPEN_FROM.has(h.from)) {
          opened = true;
          if (h.from !== null) reopened = true;
        } else if (h.to === 'resolved') resolved = true;
        else if (h.to === 'closed') closed = true;
      }
      const cell = (this.byCategory[need.category] ??= { open: 0, resolved: 0 });
      if (opened) {
        cell.open++;
        this.needTotals.opened++;
        this.tally(need.province).needsOpened++;
      }
      if (reopened) this.needTotals.reopened++;
      if (resolved) {
        cell.resolved++;
        this.needTotals.resolved++;
        this.tally(need.province).needsResolved++;
      }
      if (closed) this.needTotals.closed++;
      this.stages.needs.add(need.history, this.period);
    }
    return this;
  }

  /** Statuses entered within the period; the funnel and first answers of the intros requested within it. */
  addIntros(rows: readonly IntroRow[]): this {
    for (const intro of rows) {
      let entered = 0; // bit per status entered within the period (each intro counts once per status)
      let acceptedBeforeEnd = false;
      let pendingAt: string | null = null;
      let lastBeforeEnd: string | null = null;
      for (const h of intro.history) {
        if (this.within(h.at)) {
          const bit = STATUS_BIT.get(h.to);
          if (bit !== undefined && !(entered & bit)) {
            entered |= bit;
            this.byStatus[h.to]!++;
          }
        }
        if (h.at < this.to) {
          lastBeforeEnd = h.to;
          if (h.to === 'accepted') acceptedBeforeEnd = true;
          if (h.to === 'pending' && pendingAt === null) pendingAt = h.at;
        }
      }
      this.stages.intros.add(intro.history, this.period);
      if (!this.within(intro.createdAt)) continue;
      this.funnel.requested++;
      this.tally(intro.province).introsRequested++;
      if (lastBeforeEnd) this.statusAtEnd[lastBeforeEnd] = (this.statusAtEnd[lastBeforeEnd] ?? 0) + 1;
      if (intro.firstResponseAt && intro.firstResponseAt < this.to && pendingAt)
        this.firstResponseHours.push(hoursBetween(pendingAt, intro.firstResponseAt));
      if (!acceptedBeforeEnd) continue;
      this.funnel.accepted++;
      this.tally(intro.province).introsAccepted++;
      if (!this.completedIntros.has(intro._id)) continue;
      this.funnel.consulted++;
      const resolutions = intro.needId ? this.resolvedAt.get(intro.needId) : undefined;
      if (resolutions?.some((at) => at >= intro.createdAt)) this.funnel.resolved++;
    }
    return this;
  }

  result() {
    const consultations = {
      ...this.consultations,
      averageRating: this.consultations.ratings > 0 ? round2(this.ratingSum / this.consultations.ratings) : null,
    };
    return {
      needs: { byCategory: this.byCategory, totals: this.needTotals },
      intros: { byStatus: this.byStatus, statusAtEnd: this.statusAtEnd, firstResponses: this.firstResponseHours.length },
      funnel: this.funnel,
      medianFirstResponseHours: median(this.firstResponseHours),
      consultations,
      outcomes: this.outcomes,
      outcomeStartups: Object.fromEntries([...this.outcomeStartups].map(([tag, startups]) => [tag, startups.size])),
      timeInStage: {
        needs: this.stages.needs.report(),
        intros: this.stages.intros.report(),
        consultations: this.stages.consultations.report(),
      },
      byProvince: Object.fromEntries([...this.byProvince.entries()].sort(([a], [b]) => a.localeCompare(b))),
    };
  }
}

export function computeFigures(input: {
  period: Period;
  needs: readonly NeedRow[];
  intros: readonly IntroRow[];
  consultations: readonly ConsultationRow[];
}) {
  return new FigureCounter(input.period).addConsultations(input.consultations).addNeeds(input.needs).addIntros(input.intros).result();
}

export type Figures = ReturnType<typeof computeFigures>;
