// A seeded event with accepted one-to-one meetings, for the scheduler benchmark: participants of whom
// a share are sought after (investors, well-known experts: invited several times as often), each
// accepted pair distinct (the same pair again is refused by the API), acceptance in request order,
// and a fifth of the participants away for a block of 2–5 consecutive slots (a talk, a late arrival).
import type { MeetingToSchedule, ScheduleInput } from '../../server/src/modules/events/scheduler.js';
import type { Random } from './random.js';
import { mulberry32 } from './random.js';

export interface EventShape {
  participants: number;
  meetings: number;
  slots: number;
  tables: number;
  maxPerParticipant: number;
  seed: number;
  /** Share of sought-after participants and how much more often they are invited. */
  popularShare?: number;
  popularWeight?: number;
  /** Share of participants away for one block of slots. */
  awayShare?: number;
}

function weightedIndex(random: Random, cumulative: readonly number[]): number {
  const x = random() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function generateEvent(shape: EventShape): ScheduleInput {
  const random = mulberry32(shape.seed);
  const { participants, slots } = shape;
  if (shape.meetings > (participants * (participants - 1)) / 2) throw new RangeError('more meetings than distinct pairs');
  const ids = Array.from({ length: participants }, (_, i) => `participant-${String(i).padStart(4, '0')}`);
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < participants; i++) {
    total += random() < (shape.popularShare ?? 0.1) ? (shape.popularWeight ?? 6) : 1;
    cumulative.push(total);
  }
  const pairs = new Set<string>();
  const meetings: MeetingToSchedule[] = [];
  while (meetings.length < shape.meetings) {
    const requester = Math.floor(random() * participants);
    const invitee = weightedIndex(random, cumulative);
    const key = requester < invitee ? `${requester}:${invitee}` : `${invitee}:${requester}`;
    if (requester === invitee || pairs.has(key)) continue;
    pairs.add(key);
    const n = meetings.length;
    meetings.push({ id: `meeting-${String(n).padStart(5, '0')}`, requesterId: ids[requester]!, inviteeId: ids[invitee]!, acceptedAt: n });
  }
  const unavailable: Record<string, number[]> = {};
  for (const id of ids) {
    if (random() >= (shape.awayShare ?? 0.2)) continue;
    const length = Math.min(slots, 2 + Math.floor(random() * 4));
    const start = Math.floor(random() * (slots - length + 1));
    unavailable[id] = Array.from({ length }, (_, i) => start + i);
  }
  return { slots, tables: shape.tables, maxPerParticipant: shape.maxPerParticipant, unavailable, meetings };
}
