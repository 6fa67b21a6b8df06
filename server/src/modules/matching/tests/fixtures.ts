// Test helpers for the matching integration tests: history documents in the exact shapes of
// docs/DATA.md, written into the real store the way the intros and consultations modules write
// them (for history with chosen times), and a check that reasons add up to the score.
import { expect } from 'vitest';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import { newId } from '../../../lib/ids.js';
import { NO_SIGNALS } from '../score.js';
import type { ProfileSignals } from '../signals.js';

const HOUR = 3_600_000;

export interface MatchItemBody {
  profile: { id: string; kind: string; name: string; headline: string; province: string };
  score: number;
  reasons: { criterion: string; weight: number; score: number; detail: string }[];
  needId?: string;
}

/** Σ weight·score / Σ weight = score, within the 4-decimal rounding of the API. */
export function expectReasonsAddUp(item: MatchItemBody): void {
  const weight = item.reasons.reduce((s, r) => s + r.weight, 0);
  const mean = item.reasons.reduce((s, r) => s + r.weight * r.score, 0) / weight;
  expect(Math.abs(mean - item.score)).toBeLessThanOrEqual(0.00006);
  expect(item.score).toBeGreaterThanOrEqual(0);
  expect(item.score).toBeLessThanOrEqual(1);
}

export function expectSortedByScore(items: MatchItemBody[]): void {
  for (let i = 1; i < items.length; i++) expect(items[i - 1]!.score).toBeGreaterThanOrEqual(items[i]!.score);
}

/** The signals of a profile without any intro or consultation history: the scorer's neutral ones, less exposure. */
const { recentShown: _exposure, ...neutralSignals } = NO_SIGNALS;
export const NEUTRAL_SIGNALS: ProfileSignals = neutralSignals;

export const reason = (item: MatchItemBody, criterion: string) => item.reasons.find((r) => r.criterion === criterion);

export interface IntroFixture {
  from: string;
  to: string;
  status: 'pending' | 'accepted' | 'declined' | 'expired';
  createdAt: Date;
  /** Hours from creation to the first answer (accepted/declined). */
  answeredAfterHours?: number;
  province?: string;
}

export async function insertIntros(t: TestApp, fixtures: IntroFixture[]): Promise<void> {
  const docs = fixtures.map((f) => {
    const created = f.createdAt.toISOString();
    const answered =
      f.answeredAfterHours === undefined ? null : new Date(f.createdAt.getTime() + f.answeredAfterHours * HOUR).toISOString();
    const expires = new Date(f.createdAt.getTime() + 7 * 24 * HOUR).toISOString();
    return {
      _id: newId(),
      fromProfileId: f.from,
      toProfileId: f.to,
      needId: null,
      message: 'Xin được giới thiệu',
      brokeredBy: null,
      status: f.status,
      awaiting: f.status === 'pending' ? [f.to] : [],
      acceptedBy: f.status === 'accepted' ? [f.to] : [],
      conversationId: null,
      province: f.province ?? 'lang-son',
      startupId: f.from,
      targetKind: 'expert',
      firstResponseAt: answered,
      declinedBy: f.status === 'declined' ? f.to : null,
      declinedAt: f.status === 'declined' ? answered : null,
      declineReason: null,
      history: [{ at: created, by: 'fixture', from: null, to: 'pending' }],
      expiresAt: expires,
      createdAt: created,
      updatedAt: answered ?? created,
    };
  });
  await t.app.store.collection({ name: 'intros' }).insertMany(docs);
}

export interface ConsultationFixture {
  startupId: string;
  helperId: string;
  status: 'scheduled' | 'completed' | 'cancelled';
  rating?: number;
  province?: string;
}

export async function insertConsultations(t: TestApp, fixtures: ConsultationFixture[]): Promise<void> {
  const now = t.app.clock.now();
  const docs = fixtures.map((f) => {
    const starts = new Date(now.getTime() + 24 * HOUR).toISOString();
    const ends = new Date(now.getTime() + 25 * HOUR).toISOString();
    const at = now.toISOString();
    return {
      _id: newId(),
      introId: newId(),
      startupId: f.startupId,
      helperId: f.helperId,
      helperKind: 'expert',
      needId: null,
      province: f.province ?? 'lang-son',
      startsAt: starts,
      endsAt: ends,
      durationMinutes: 60,
      mode: 'online',
      location: null,
      resource: null,
      status: f.status,
      outcome: f.status === 'completed' ? { tags: ['other'] } : null,
      completedAt: f.status === 'completed' ? at : null,
      feedback: f.rating ? { rating: f.rating, at } : null,
      history: [{ at, by: 'fixture', from: null, to: 'scheduled' }],
      createdAt: at,
      updatedAt: at,
    };
  });
  await t.app.store.collection({ name: 'consultations' }).insertMany(docs);
}

export async function declareConflict(t: TestApp, a: string, b: string): Promise<void> {
  await t.app.store.collection({ name: 'conflicts' }).insertOne({
    _id: newId(),
    profileId: a,
    otherProfileId: b,
    reason: 'Người thân',
    declaredBy: 'fixture',
    createdAt: t.app.clock.now().toISOString(),
  });
}
