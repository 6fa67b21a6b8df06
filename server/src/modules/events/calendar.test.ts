// The month-by-month read answers exactly what one sorted query over every event answers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mulberry32 } from '@ketnoi/seeds/generator/prng';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../store/embedded/index.js';
import type { Store } from '../../store/types.js';
import { allOf } from '../../lib/filters.js';
import { monthStart, monthsOf, nextMonth, soonest, vietnamMonth } from './calendar.js';
import { type EventDoc, EventsRepository } from './repository.js';

describe('Vietnam months', () => {
  it('follow Vietnam time (UTC+7)', () => {
    expect(vietnamMonth('2026-03-31T16:59:59.000Z')).toBe('2026-03');
    expect(vietnamMonth('2026-03-31T17:00:00.000Z')).toBe('2026-04');
    expect(monthStart('2026-04')).toBe('2026-03-31T17:00:00.000Z');
  });

  it('count four-digit years at both ends: years before 1000 keep their zeros, nothing after 9999-12', () => {
    expect(nextMonth('0001-12')).toBe('0002-01');
    expect(monthStart(nextMonth('0999-12')!)).toBe('0999-12-31T17:00:00.000Z');
    expect(nextMonth('9999-11')).toBe('9999-12');
    expect(nextMonth('9999-12')).toBeNull();
    expect(vietnamMonth('9999-12-31T20:00:00.000Z')).toBe('9999-12');
    expect(monthsOf('9999-12-31T20:00:00.000Z', '9999-12-31T22:00:00.000Z')).toEqual(['9999-12']);
    expect(vietnamMonth(new Date('0000-01-01T00:00:00+14:00').toISOString())).toBe('0000-01');
  });

  it('list every month an event touches, ending exactly at a month start included in none after it', () => {
    expect(monthsOf('2026-03-10T01:00:00.000Z', '2026-03-10T10:00:00.000Z')).toEqual(['2026-03']);
    expect(monthsOf('2026-01-30T01:00:00.000Z', '2026-04-02T10:00:00.000Z')).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(monthsOf('2026-12-31T01:00:00.000Z', '2027-01-01T10:00:00.000Z')).toEqual(['2026-12', '2027-01']);
    expect(monthsOf('2026-03-20T01:00:00.000Z', '2026-03-31T17:00:00.000Z')).toEqual(['2026-03']);
  });
});

describe('soonest events, month by month', () => {
  let dir: string;
  let store: Store;
  let repo: EventsRepository;
  const random = mulberry32(11);
  const DAY = 86_400_000;
  const base = Date.parse('2026-01-01T00:00:00.000Z');

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-calendar-'));
    store = await createEmbeddedStore({ dataDir: dir });
    repo = new EventsRepository(store);
    // Clustered and sparse months, same start times (ties broken by id), long events across months.
    const docs: EventDoc[] = [];
    for (let i = 0; i < 400; i++) {
      const day = random() < 0.7 ? Math.floor(random() * 60) : 60 + Math.floor(random() * 600);
      const start = base + day * DAY + (random() < 0.2 ? 0 : Math.floor(random() * 12) * 3_600_000);
      const length = random() < 0.1 ? Math.floor(random() * 80) * DAY : Math.floor(1 + random() * 9) * 3_600_000;
      const startsAt = new Date(start).toISOString();
      const endsAt = new Date(start + length + 3_600_000).toISOString();
      docs.push({
        _id: `e${String(Math.floor(random() * 1e9)).padStart(9, '0')}-${i}`,
        status: random() < 0.8 ? 'published' : 'draft',
        kind: random() < 0.5 ? 'workshop' : 'training',
        startsAt,
        endsAt,
        months: monthsOf(startsAt, endsAt),
      } as EventDoc);
    }
    await store.withTransaction(() => repo.collection.insertMany(docs));
  });
  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('matches a plain sorted query on hundreds of random windows, filters and cursors', async () => {
    for (let round = 0; round < 300; round++) {
      const from = new Date(base + Math.floor(random() * 700) * DAY - 5 * DAY).toISOString();
      const to = random() < 0.5 ? new Date(Date.parse(from) + Math.floor(1 + random() * 120) * DAY).toISOString() : null;
      const need = 1 + Math.floor(random() * 30);
      const cursorAt = random() < 0.3 ? new Date(Date.parse(from) + Math.floor(random() * 40) * DAY).toISOString() : null;
      const filter = allOf(
        { status: 'published' },
        random() < 0.3 ? { kind: 'workshop' } : {},
        { endsAt: { $gt: from } },
        to ? { startsAt: { $lt: to } } : {},
        cursorAt ? { $or: [{ startsAt: { $gt: cursorAt } }, { startsAt: cursorAt, _id: { $gt: 'e5' } }] } : {},
      );
      const expected = await repo.find(filter, { sort: { startsAt: 1, _id: 1 }, limit: need });
      const start = cursorAt && cursorAt > from ? cursorAt : from;
      const got = await soonest(repo, filter, { from: start, to }, need);
      expect(
        got.map((d) => d._id),
        `round ${round}`,
      ).toEqual(expected.map((d) => d._id));
    }
  });
});
