// Pure derivation of live signals from intros and consultations (the store-backed path is
// covered over HTTP in test/signals.test.ts).
import { describe, expect, it } from 'vitest';
import { NEUTRAL_SIGNALS } from './tests/fixtures.js';
import type { ConsultationSignalDoc, IntroSignalDoc } from './signals.js';
import { deriveSignals } from './signals.js';

const at = (h: number) => new Date(Date.UTC(2026, 0, 1) + h * 3_600_000).toISOString();
let n = 0;
const intro = (to: string, o: Partial<IntroSignalDoc>): IntroSignalDoc => ({
  _id: `i${++n}`,
  fromProfileId: 's',
  toProfileId: to,
  status: 'pending',
  createdAt: at(0),
  ...o,
});
const consultation = (helperId: string, status: string, rating?: number): ConsultationSignalDoc => ({
  _id: `c${++n}`,
  helperId,
  status,
  feedback: rating ? { rating } : null,
});

describe('deriveSignals', () => {
  it('gives every id neutral signals without history', () => {
    expect(deriveSignals(['x'], [], []).get('x')).toEqual(NEUTRAL_SIGNALS);
  });

  it('counts scheduled consultations, averages ratings of completed ones, takes the median answer time', () => {
    const signals = deriveSignals(
      ['e'],
      [
        consultation('e', 'scheduled'),
        consultation('e', 'scheduled'),
        consultation('e', 'completed', 5),
        consultation('e', 'completed', 4),
        consultation('e', 'cancelled', 1),
        consultation('other', 'scheduled'),
      ],
      [
        intro('e', { status: 'accepted', firstResponseAt: at(2), acceptedBy: ['e'] }),
        intro('e', { status: 'declined', firstResponseAt: at(30), declinedBy: 'e' }),
        intro('e', { status: 'expired', expiresAt: at(168) }),
        intro('e', { status: 'pending' }),
        intro('other', { status: 'accepted', firstResponseAt: at(1), acceptedBy: ['other'] }),
      ],
    ).get('e')!;
    expect(signals).toEqual({
      activeConsultations: 2,
      medianResponseHours: 30,
      timedResponses: 3,
      accepted: 1,
      declined: 1,
      ratingSum: 9,
      ratings: 2,
    });
  });
});
