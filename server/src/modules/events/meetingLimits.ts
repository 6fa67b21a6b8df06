// How many meeting requests one participant may send at an event. Each request is a notice and a
// live push to the person asked, so without limits one account could ask every registrant in a
// loop, or ask and cancel the same person again and again. The limits follow the intros' (5
// waiting, 10 a day) scaled for a day of short meetings; docs/EVENTS.md "Meetings".
import { ConflictError } from '../../lib/errors.js';
import { assertRollingDayRoom } from '../../lib/rollingDay.js';
import type { MeetingDoc } from './meetingsRepository.js';

/** Requests of one participant at one event still waiting for an answer. */
export const MAX_OPEN_MEETING_REQUESTS = 10;
/** Requests one participant sends at one event in 24 hours, whatever became of them. */
export const MAX_MEETING_REQUESTS_PER_DAY = 20;
/** Requests to the same person at one event: a second chance after a cancelled one, no more. */
export const MAX_MEETING_REQUESTS_PER_PERSON = 2;

/**
 * Refuse a new request from `requesterId` to `inviteeId` when it would pass a limit. `mine` is every
 * meeting of the requester at the event, read in the same serialised transaction as the insert.
 */
export function assertRoomForMeetingRequest(mine: readonly MeetingDoc[], requesterId: string, inviteeId: string, now: Date): void {
  const sent = mine.filter((m) => m.requesterId === requesterId);
  if (sent.filter((m) => m.inviteeId === inviteeId).length >= MAX_MEETING_REQUESTS_PER_PERSON)
    throw new ConflictError(`You have already asked this person ${MAX_MEETING_REQUESTS_PER_PERSON} times at this event.`, {
      limit: MAX_MEETING_REQUESTS_PER_PERSON,
    });
  if (sent.filter((m) => m.status === 'requested').length >= MAX_OPEN_MEETING_REQUESTS)
    throw new ConflictError(
      `You already have ${MAX_OPEN_MEETING_REQUESTS} meeting requests waiting for an answer. Cancel one or wait for replies.`,
      { reason: 'too_many_pending', limit: MAX_OPEN_MEETING_REQUESTS },
    );
  assertRollingDayRoom(
    sent.map((m) => m.createdAt),
    MAX_MEETING_REQUESTS_PER_DAY,
    now,
    `You can send at most ${MAX_MEETING_REQUESTS_PER_DAY} meeting requests a day at one event. Try again later.`,
  );
}
