// The blob contract: every engine of the blob port passes these cases. Used by filesystem.test.ts
// (always) and gridfs.test.ts (when MONGODB_URI is set). Ids carry a per-run prefix so the suite
// can run against a shared MongoDB.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlobStore } from '../types.js';
import { BlobExistsError } from '../types.js';

export function runBlobContract(engineName: string, makeStore: () => Promise<{ blobs: BlobStore; close(): Promise<void> }>): void {
  describe(`blob contract: ${engineName}`, () => {
    let blobs: BlobStore;
    let close: () => Promise<void>;
    const prefix = `t${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    let seq = 0;
    const fresh = () => `${prefix}-${seq++}`;
    const read = async (id: string) => {
      const open = await blobs.open(id);
      return open ? { size: open.size, bytes: await buffer(open.stream) } : null;
    };

    beforeAll(async () => {
      ({ blobs, close } = await makeStore());
    });
    afterAll(() => close());

    it('stores a buffer and gives the same bytes and size back', async () => {
      const id = fresh();
      const data = randomBytes(10_000);
      await blobs.put(id, data);
      const got = await read(id);
      expect(got!.size).toBe(10_000);
      expect(got!.bytes.equals(data)).toBe(true);
    });

    it('stores a stream larger than one GridFS chunk (255 kB) intact', async () => {
      const id = fresh();
      const data = randomBytes(700_000);
      const parts = [data.subarray(0, 1), data.subarray(1, 300_001), data.subarray(300_001)];
      await blobs.put(id, Readable.from(parts));
      const got = await read(id);
      expect(got!.size).toBe(700_000);
      expect(got!.bytes.equals(data)).toBe(true);
    });

    it('stores an empty blob', async () => {
      const id = fresh();
      await blobs.put(id, Buffer.alloc(0));
      expect(await read(id)).toEqual({ size: 0, bytes: Buffer.alloc(0) });
    });

    it('answers null for a blob that was never written', async () => {
      expect(await blobs.open(fresh())).toBeNull();
    });

    it('writes an id once: a second put throws BlobExistsError and keeps the first bytes', async () => {
      const id = fresh();
      await blobs.put(id, Buffer.from('first'));
      await expect(blobs.put(id, Buffer.from('second, longer'))).rejects.toBeInstanceOf(BlobExistsError);
      expect((await read(id))!.bytes.toString()).toBe('first');
    });

    it('deletes: true the first time, false after, and the blob is gone', async () => {
      const id = fresh();
      await blobs.put(id, Buffer.from('bye'));
      expect(await blobs.delete(id)).toBe(true);
      expect(await blobs.open(id)).toBeNull();
      expect(await blobs.delete(id)).toBe(false);
    });

    it('can write an id again after it was deleted', async () => {
      const id = fresh();
      await blobs.put(id, Buffer.from('one'));
      await blobs.delete(id);
      await blobs.put(id, Buffer.from('two'));
      expect((await read(id))!.bytes.toString()).toBe('two');
    });

    it('keeps variants of one file apart (id with a dotted suffix)', async () => {
      const id = fresh();
      await blobs.put(id, Buffer.from('large'));
      await blobs.put(`${id}.small`, Buffer.from('small'));
      expect((await read(id))!.bytes.toString()).toBe('large');
      expect((await read(`${id}.small`))!.bytes.toString()).toBe('small');
    });

    it('lists every blob with its size and a creation time', async () => {
      const ids = [fresh(), fresh()];
      const before = Date.now() - 5_000;
      await blobs.put(ids[0]!, Buffer.from('abc'));
      await blobs.put(ids[1]!, Buffer.from('defgh'));
      const listed = new Map<string, { size: number; createdAt: Date }>();
      for await (const blob of blobs.list()) listed.set(blob.id, blob);
      expect(listed.get(ids[0]!)?.size).toBe(3);
      expect(listed.get(ids[1]!)?.size).toBe(5);
      expect(listed.get(ids[1]!)!.createdAt.getTime()).toBeGreaterThan(before);
    });

    it.each(['', '../escape', 'a/b', '.hidden', 'x'.repeat(101), 'sp ace'])('refuses the id %j', async (id) => {
      await expect(blobs.put(id, Buffer.from('x'))).rejects.toThrow(/invalid blob id/);
      await expect(blobs.open(id)).rejects.toThrow(/invalid blob id/);
    });
  });
}
