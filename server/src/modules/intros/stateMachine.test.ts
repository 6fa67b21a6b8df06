import { describe, expect, it } from 'vitest';
import { InvalidTransitionError } from '../../lib/errors.js';
import type { IntroAction, IntroState } from './stateMachine.js';
import type { IntroStatus } from '@ketnoi/contract';
import { INTRO_STATUSES } from '@ketnoi/contract';
import { nextIntroState } from './stateMachine.js';

const state = (status: IntroStatus, awaiting = ['b'], acceptedBy: string[] = []): IntroState => ({ status, awaiting, acceptedBy });

describe('intro state machine', () => {
  it('accepts a direct request when the awaited side accepts', () => {
    expect(nextIntroState(state('pending'), { type: 'accept', side: 'b' })).toEqual({
      status: 'accepted',
      awaiting: [],
      acceptedBy: ['b'],
    });
  });

  it('needs both sides for a brokered intro (double opt-in)', () => {
    const first = nextIntroState(state('pending', ['a', 'b']), { type: 'accept', side: 'a' });
    expect(first).toEqual({ status: 'pending', awaiting: ['b'], acceptedBy: ['a'] });
    expect(() => nextIntroState(first, { type: 'accept', side: 'a' })).toThrow(InvalidTransitionError);
    expect(nextIntroState(first, { type: 'accept', side: 'b' })).toEqual({ status: 'accepted', awaiting: [], acceptedBy: ['a', 'b'] });
    expect(nextIntroState(first, { type: 'decline', side: 'b' }).status).toBe('declined');
  });

  it('moves pending_staff through approve or reject', () => {
    expect(nextIntroState(state('pending_staff'), { type: 'approve' })).toEqual(state('pending'));
    expect(nextIntroState(state('pending_staff'), { type: 'reject' }).status).toBe('rejected');
    expect(() => nextIntroState(state('pending_staff'), { type: 'accept', side: 'b' })).toThrow(InvalidTransitionError);
  });

  it('allows exactly these (status, action) pairs', () => {
    const actions: IntroAction[] = [
      { type: 'approve' },
      { type: 'reject' },
      { type: 'accept', side: 'b' },
      { type: 'decline', side: 'b' },
      { type: 'withdraw' },
      { type: 'expire' },
    ];
    const allowed: string[] = [];
    for (const status of INTRO_STATUSES) {
      for (const action of actions) {
        try {
          nextIntroState(state(status), action);
          allowed.push(`${status}:${action.type}`);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidTransitionError);
          expect((error as InvalidTransitionError).code).toBe('invalid_transition');
        }
      }
    }
    expect(allowed.sort()).toEqual(
      [
        'pending_staff:approve',
        'pending_staff:reject',
        'pending_staff:withdraw',
        'pending_staff:expire',
        'pending:accept',
        'pending:decline',
        'pending:withdraw',
        'pending:expire',
      ].sort(),
    );
  });
});
