import { describe, expect, it } from 'vitest';
import { generateEvent } from '../lib/eventMeetings.js';

describe('generateEvent', () => {
  const shape = { participants: 60, meetings: 300, slots: 8, tables: 5, maxPerParticipant: 4, seed: 7 };

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateEvent(shape)).toEqual(generateEvent(shape));
    expect(generateEvent({ ...shape, seed: 8 }).meetings).not.toEqual(generateEvent(shape).meetings);
  });

  it('makes the requested number of meetings between distinct pairs, in acceptance order, with away blocks inside the hours', () => {
    const event = generateEvent(shape);
    expect(event.meetings).toHaveLength(300);
    const pairs = new Set(event.meetings.map((m) => [m.requesterId, m.inviteeId].sort().join('|')));
    expect(pairs.size).toBe(300);
    expect(event.meetings.every((m) => m.requesterId !== m.inviteeId)).toBe(true);
    expect(event.meetings.map((m) => m.acceptedAt)).toEqual(event.meetings.map((_, i) => i));
    const blocks = Object.values(event.unavailable ?? {});
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block.length).toBeGreaterThanOrEqual(2);
      expect(block.every((s, i) => s >= 0 && s < 8 && (i === 0 || s === block[i - 1]! + 1))).toBe(true);
    }
  });

  it('refuses more meetings than there are pairs', () => {
    expect(() => generateEvent({ ...shape, participants: 4, meetings: 7 })).toThrow(RangeError);
  });
});
