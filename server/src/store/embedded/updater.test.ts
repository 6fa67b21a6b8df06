// Differential test: the direct applier must produce exactly what mingo's updater produces, for
// every update it accepts, on random documents.
import { update as mingoUpdate } from 'mingo/updater';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/helpers/random.js';
import { cloneJson } from './clone.js';
import { applySimpleUpdate, simpleUpdated } from './updater.js';

const random = seededRandom(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function randomDoc(): Record<string, unknown> {
  const doc: Record<string, unknown> = { _id: 'x' };
  if (random() < 0.7) doc.n = pick([0, 1, 2.5, -3]);
  if (random() < 0.5) doc.s = pick(['a', 'b', '']);
  if (random() < 0.5) doc.o = { n: pick([1, 2]), deep: random() < 0.5 ? { k: 'v' } : 'scalar' };
  if (random() < 0.3) doc.arr = [{ n: 1 }, 2];
  if (random() < 0.2) doc.nul = null;
  return doc;
}

const PATHS = ['n', 's', 'o.n', 'o.deep.k', 'o.new', 'fresh', 'fresh.inner', 'arr.n', 'nul.x', 'o.deep.k.z'];
const VALUES = [1, 'text', null, { a: 1 }, [1, 2], true];

function randomUpdate(): Record<string, Record<string, unknown>> {
  const update: Record<string, Record<string, unknown>> = {};
  for (let i = 0; i < 1 + Math.floor(random() * 3); i++) {
    const op = pick(['$set', '$unset', '$inc']);
    const path = pick(PATHS);
    (update[op] ??= {})[path] = op === '$inc' ? pick([1, -2, 0.5]) : op === '$unset' ? '' : pick(VALUES);
  }
  return update;
}

describe('direct updater', () => {
  it('matches mingo for every update it accepts', () => {
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const doc = randomDoc();
      const update = randomUpdate();
      const ours = cloneJson(doc);
      if (!applySimpleUpdate(ours, update)) {
        continue;
      }
      accepted++;
      const theirs = cloneJson(doc);
      mingoUpdate(theirs, update as never, undefined, undefined, { cloneMode: 'deep' });
      expect(ours, `${JSON.stringify(doc)} ${JSON.stringify(update)}`).toEqual(theirs);
    }
    expect(accepted).toBeGreaterThan(2000);
  });

  it('leaves the document untouched when it refuses an update', () => {
    const doc = { _id: 'x', n: 'not a number', a: [1] };
    const before = cloneJson(doc);
    expect(applySimpleUpdate(doc, { $set: { ok: 1 }, $inc: { n: 1 } })).toBe(false);
    expect(applySimpleUpdate(doc, { $push: { a: 2 } } as never)).toBe(false);
    expect(applySimpleUpdate(doc, { $set: { 'a.0': 5 } })).toBe(false);
    expect(doc).toEqual(before);
  });

  it('does not share values with the update', () => {
    const value = { nested: [1] };
    const doc: Record<string, unknown> = { _id: 'x' };
    applySimpleUpdate(doc, { $set: { v: value } });
    value.nested.push(2);
    expect(doc.v).toEqual({ nested: [1] });
  });

  it('writes values as JSON stores them, so the result needs no round trip', () => {
    const doc: Record<string, unknown> = { _id: 'x', gone: 1, n: Number.MAX_VALUE };
    applySimpleUpdate(doc, {
      $set: { at: new Date('2026-01-02T03:04:05.000Z'), gone: undefined, bad: Number.NaN, o: { u: undefined, d: new Date(0) } },
      $inc: { n: Number.MAX_VALUE },
    });
    expect(doc).toEqual({ _id: 'x', n: null, at: '2026-01-02T03:04:05.000Z', bad: null, o: { d: '1970-01-01T00:00:00.000Z' } });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('simpleUpdated (copy-on-write)', () => {
  it('matches mingo, never changes the current version, and shares what the update does not touch', () => {
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const current = randomDoc();
      const snapshot = cloneJson(current);
      const update = randomUpdate();
      const next = simpleUpdated(current, update);
      expect(current).toEqual(snapshot);
      if (!next) continue;
      accepted++;
      const expected = cloneJson(snapshot);
      mingoUpdate(expected, update as never, undefined, undefined, { cloneMode: 'deep' });
      expect(next).toEqual(expected);
      const touchedRoots = new Set(Object.values(update).flatMap((fields) => Object.keys(fields as object).map((p) => p.split('.')[0])));
      for (const key of Object.keys(current)) if (!touchedRoots.has(key)) expect(next[key]).toBe(current[key]);
    }
    expect(accepted).toBeGreaterThan(1000);
  });
});
