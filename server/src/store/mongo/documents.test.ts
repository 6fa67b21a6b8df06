import { describe, expect, it } from 'vitest';
import { assertUpdate, isEmptyUpdate, prepareInsert, prepareUpdate } from './documents.js';

describe('documents sent to MongoDB', () => {
  it('normalises inserted documents like the embedded engine (JSON semantics, private copy)', () => {
    const input = { _id: 'u1', at: new Date('2025-07-01T00:00:00Z'), gone: undefined, nested: { list: [1, { a: 'x' }] } };
    const stored = prepareInsert(input);
    expect(stored).toEqual({ _id: 'u1', at: '2025-07-01T00:00:00.000Z', nested: { list: [1, { a: 'x' }] } });
    expect('gone' in stored).toBe(false);
    stored.nested.list.push(2);
    expect(input.nested.list).toHaveLength(2);
  });

  it('gives a document without _id a string id and refuses non-string ids', () => {
    const stored = prepareInsert({ name: 'Hồng Nhung' } as never as { _id: string; name: string });
    expect(typeof stored._id).toBe('string');
    expect(stored._id.length).toBeGreaterThan(10);
    expect(() => prepareInsert({ _id: 42 } as never)).toThrow(/_id must be a non-empty string/);
    expect(() => prepareInsert({ _id: '' })).toThrow(/_id must be a non-empty string/);
  });

  it('accepts only the port update operators and never touches _id', () => {
    expect(() => assertUpdate({})).toThrow('update document is empty');
    expect(() => assertUpdate({ $rename: { a: 'b' } } as never)).toThrow('unsupported update operator $rename');
    expect(() => assertUpdate({ name: 'x' } as never)).toThrow('unsupported update operator name');
    expect(() => assertUpdate({ $set: { _id: 'other' } })).toThrow('_id is immutable');
    expect(() => assertUpdate({ $setOnInsert: { _id: 'mine' } })).not.toThrow();
  });

  it('refuses a path named twice or under another, across operators, as MongoDB does (code 40)', () => {
    const conflict = (update: object) => expect(() => assertUpdate(update as never)).toThrow(/would create a conflict/);
    conflict({ $set: { a: 1 }, $setOnInsert: { a: 2 } });
    conflict({ $inc: { n: 1 }, $setOnInsert: { n: 0 } });
    conflict({ $set: { a: 1, 'a.b': 2 } });
    expect(() => assertUpdate({ $set: { 'a.b': 1 }, $unset: { a: '' } })).toThrow("Updating the path 'a.b' would create a conflict at 'a'");
    conflict({ $push: { tags: 'x' }, $pull: { tags: 'y' } });
    // Neighbours that only share a prefix of their name do not conflict.
    expect(() => assertUpdate({ $set: { a: 1, ab: 2, 'c.d': 3 }, $unset: { 'c.e': '' }, $setOnInsert: { 'a2.b': 1 } })).not.toThrow();
  });

  it('normalises stored values but leaves $pull conditions and $inc alone', () => {
    const when = new Date('2025-08-02T03:04:05Z');
    const pattern = /^tmp/;
    const prepared = prepareUpdate(
      { $set: { seenAt: when, dropped: undefined }, $pull: { tags: pattern }, $inc: { views: 1 } },
      { _id: 'p1' },
      false,
    );
    expect(prepared.$set).toEqual({ seenAt: '2025-08-02T03:04:05.000Z' });
    expect(prepared.$pull?.tags).toBe(pattern);
    expect(prepared.$inc).toEqual({ views: 1 });
  });

  it('drops empty operators so an update that changes nothing is recognisable', () => {
    const prepared = prepareUpdate({ $set: {}, $unset: {} }, { _id: 'p1' }, false);
    expect(isEmptyUpdate(prepared)).toBe(true);
    expect(isEmptyUpdate(prepareUpdate({ $set: { a: 1 } }, {}, false))).toBe(false);
  });

  it('gives upserts an application _id unless the filter or $setOnInsert provides one', () => {
    const byEmail = prepareUpdate({ $set: { name: 'A' } }, { email: 'a@b.vn' }, true);
    expect(typeof byEmail.$setOnInsert?._id).toBe('string');
    expect(byEmail.$set).toEqual({ name: 'A' });

    const byId = prepareUpdate({ $set: { name: 'A' } }, { _id: 'u1' }, true);
    expect(byId.$setOnInsert).toBeUndefined();
    expect(prepareUpdate({ $set: { name: 'A' } }, { $and: [{ _id: { $eq: 'u1' } }] }, true).$setOnInsert).toBeUndefined();

    // MongoDB copies only equalities: without this, it would give the new document an ObjectId.
    const byIdList = prepareUpdate({ $set: { name: 'A' } }, { _id: { $in: ['u1', 'u2'] } }, true);
    expect(typeof byIdList.$setOnInsert?._id).toBe('string');

    const chosen = prepareUpdate({ $setOnInsert: { _id: 'mine', createdAt: 'now' } }, { email: 'a@b.vn' }, true);
    expect(chosen.$setOnInsert).toEqual({ _id: 'mine', createdAt: 'now' });

    const notUpsert = prepareUpdate({ $set: { name: 'A' } }, { email: 'a@b.vn' }, false);
    expect(notUpsert.$setOnInsert).toBeUndefined();
  });

  it('never mutates the caller’s update', () => {
    const update = { $set: { a: 1 } };
    prepareUpdate(update, {}, true);
    expect(update).toEqual({ $set: { a: 1 } });
  });
});
