import { describe, expect, it } from 'vitest';
import { InvalidTransitionError } from '../../lib/errors.js';
import { NEED_STATUSES } from '@ketnoi/contract';
import { assertNeedTransition, canTransition } from './stateMachine.js';

describe('need state machine', () => {
  it('allows exactly the documented transitions', () => {
    const allowed = NEED_STATUSES.flatMap((from) => NEED_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(
      [
        'open→in_progress',
        'open→resolved',
        'open→closed',
        'in_progress→open',
        'in_progress→resolved',
        'in_progress→closed',
        'resolved→open',
        'resolved→closed',
        'closed→open',
      ].sort(),
    );
  });

  it('refuses a status to itself and illegal jumps with invalid_transition', () => {
    for (const s of NEED_STATUSES) expect(canTransition(s, s)).toBe(false);
    expect(() => assertNeedTransition('closed', 'resolved')).toThrow(InvalidTransitionError);
    try {
      assertNeedTransition('resolved', 'in_progress');
    } catch (error) {
      expect((error as InvalidTransitionError).code).toBe('invalid_transition');
      expect((error as InvalidTransitionError).status).toBe(409);
    }
  });
});
