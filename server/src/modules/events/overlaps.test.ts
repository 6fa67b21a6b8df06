import { describe, expect, it } from 'vitest';
import { findOverlaps, overlapFilter, separation } from './overlaps.js';
import type { EventDoc } from './repository.js';

const event = (o: Partial<EventDoc>): EventDoc =>
  ({
    _id: 'x',
    kind: 'workshop',
    title: 'Hội thảo',
    province: 'phu-tho',
    provinces: ['phu-tho'],
    regions: ['trung-du-mien-nui-phia-bac'],
    topics: ['distribution'],
    startsAt: '2026-03-20T01:00:00.000Z',
    endsAt: '2026-03-20T04:00:00.000Z',
    status: 'published',
    ...o,
  }) as EventDoc;

const planned = {
  province: 'lang-son',
  startsAt: '2026-03-28T01:00:00.000Z',
  endsAt: '2026-03-28T10:00:00.000Z',
  topics: ['funding'],
  kind: 'workshop' as const,
};

describe('overlaps', () => {
  it('counts Vietnam days between two events; at the same time only when their hours overlap', () => {
    expect(separation(planned, event({}))).toEqual({ together: false, days: 8 });
    expect(separation(planned, event({ startsAt: '2026-03-28T05:00:00.000Z', endsAt: '2026-03-29T01:00:00.000Z' }))).toEqual({
      together: true,
      days: 0,
    });
    // 28/03 17:00 to 27/04 18:00 in Vietnam: thirty days, not the 31 a count of 24-hour blocks made.
    expect(separation(planned, event({ startsAt: '2026-04-27T11:00:00.000Z', endsAt: '2026-04-27T12:00:00.000Z' }))).toEqual({
      together: false,
      days: 30,
    });
    // The morning of the same day (06:30–07:30) is the same day, not a day apart.
    expect(separation(planned, event({ startsAt: '2026-03-27T23:30:00.000Z', endsAt: '2026-03-28T00:30:00.000Z' }))).toEqual({
      together: false,
      days: 0,
    });
    // One ending at midnight and one starting then touch without overlapping: the next day.
    const evening = { startsAt: '2026-02-28T15:00:00.000Z', endsAt: '2026-02-28T17:00:00.000Z' };
    expect(separation(evening, { startsAt: '2026-02-28T17:00:00.000Z', endsAt: '2026-02-28T19:00:00.000Z' })).toEqual({
      together: false,
      days: 1,
    });
  });

  it('keeps events of the region within 30 days that share a topic or the kind, closest first, with reasons', () => {
    const found = findOverlaps(
      planned,
      [
        event({ _id: 'same-kind' }),
        event({
          _id: 'same-topic',
          kind: 'forum',
          topics: ['funding'],
          startsAt: '2026-03-27T01:00:00.000Z',
          endsAt: '2026-03-27T02:00:00.000Z',
        }),
        event({ _id: 'unrelated', kind: 'forum', topics: ['trademark'] }),
        event({ _id: 'other-region', province: 'da-nang', provinces: ['da-nang'], regions: ['bac-trung-bo-duyen-hai-mien-trung'] }),
        event({ _id: 'too-far', startsAt: '2026-05-10T01:00:00.000Z', endsAt: '2026-05-10T02:00:00.000Z' }),
        event({ _id: 'draft', status: 'draft' }),
      ],
      'en',
    );
    expect(found.map((o) => o.event._id)).toEqual(['same-topic', 'same-kind']);
    expect(found[0]!.reasons).toEqual([
      'Same region (Northern Midlands and Mountains), organised by Phú Thọ',
      '1 day apart (starts 27/03/2026)',
      'Same topic: Funding & investment',
    ]);
    expect(found[1]!.reasons[2]).toBe('Same kind of event: workshop');
  });

  it('asks the store for published events of the region around the dates, without the event itself', () => {
    expect(overlapFilter({ ...planned, id: 'me' })).toEqual({
      status: 'published',
      regions: 'trung-du-mien-nui-phia-bac',
      startsAt: { $lte: '2026-04-27T10:00:00.000Z' },
      endsAt: { $gte: '2026-02-26T01:00:00.000Z' },
      _id: { $ne: 'me' },
    });
  });

  it('checks a joint event against the regions of its co-organisers too', () => {
    const hanoi = event({
      _id: 'ha-noi',
      province: 'ha-noi',
      provinces: ['ha-noi'],
      regions: ['dong-bang-song-hong'],
      topics: ['funding'],
    });
    expect(findOverlaps(planned, [hanoi], 'en')).toEqual([]);
    const joint = findOverlaps({ ...planned, coOrganizers: ['ha-noi'] }, [hanoi], 'en');
    expect(joint.map((o) => o.event._id)).toEqual(['ha-noi']);
    expect(joint[0]!.reasons[0]).toBe('Same region (Red River Delta), organised by Hà Nội');
    expect(overlapFilter({ ...planned, coOrganizers: ['cao-bang', 'ha-noi'] })!.regions).toEqual({
      $in: ['trung-du-mien-nui-phia-bac', 'dong-bang-song-hong'],
    });
  });
});
