// The filesystem engine of the blob port: one file per blob under DATA_DIR/files/, beside the
// embedded store. A blob is written to files/.incoming/, flushed to disk, then hard-linked to its
// final name (link fails if the name exists: write-once without a check-then-act race), so a
// crash leaves either the whole blob or none of it under its name.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { BlobInfo, BlobStore, OpenBlob } from './types.js';
import { assertBlobId, BlobExistsError } from './types.js';

const INCOMING = '.incoming';

const isErrno = (error: unknown, code: string) => (error as NodeJS.ErrnoException | null)?.code === code;

export class FilesystemBlobStore implements BlobStore {
  readonly engine = 'filesystem' as const;

  /** `root` is DATA_DIR/files; the embedded store holds DATA_DIR for one process, so leftovers of a crash can go. */
  constructor(private readonly root: string) {
    fs.rmSync(path.join(root, INCOMING), { recursive: true, force: true });
    fs.mkdirSync(path.join(root, INCOMING), { recursive: true });
  }

  /** Files spread over 256 folders by a hash of the id (ids share long prefixes: they are time-ordered). */
  private pathOf(id: string): string {
    assertBlobId(id);
    const shard = createHash('sha1').update(id).digest('hex').slice(0, 2);
    return path.join(this.root, shard, id);
  }

  async put(id: string, data: Buffer | Readable): Promise<void> {
    const target = this.pathOf(id);
    const temp = path.join(this.root, INCOMING, randomUUID());
    try {
      const handle = await fsp.open(temp, 'wx');
      try {
        if (Buffer.isBuffer(data)) await handle.writeFile(data);
        else for await (const chunk of data) await handle.write(chunk as Buffer);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fsp.mkdir(path.dirname(target), { recursive: true });
      try {
        await fsp.link(temp, target);
      } catch (error) {
        if (isErrno(error, 'EEXIST')) throw new BlobExistsError(id);
        throw error;
      }
      await syncDir(path.dirname(target));
    } finally {
      await fsp.rm(temp, { force: true });
    }
  }

  async open(id: string): Promise<OpenBlob | null> {
    const file = this.pathOf(id);
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(file, 'r');
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return null;
      throw error;
    }
    // Size and stream from one open handle: a concurrent delete cannot make them disagree.
    const { size } = await handle.stat();
    return { size, stream: handle.createReadStream() };
  }

  async delete(id: string): Promise<boolean> {
    try {
      await fsp.unlink(this.pathOf(id));
      return true;
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return false;
      throw error;
    }
  }

  async *list(): AsyncIterable<BlobInfo> {
    for (const shard of await fsp.readdir(this.root)) {
      if (shard === INCOMING) continue;
      const dir = path.join(this.root, shard);
      let names: string[];
      try {
        names = await fsp.readdir(dir);
      } catch (error) {
        if (isErrno(error, 'ENOTDIR') || isErrno(error, 'ENOENT')) continue;
        throw error;
      }
      for (const name of names) {
        try {
          const stat = await fsp.stat(path.join(dir, name));
          yield { id: name, size: stat.size, createdAt: stat.mtime };
        } catch (error) {
          if (!isErrno(error, 'ENOENT')) throw error; // deleted while listing
        }
      }
    }
  }

  async close(): Promise<void> {}
}

/** Make a new directory entry durable (a no-op where directories cannot be opened). */
async function syncDir(dir: string): Promise<void> {
  let handle: fsp.FileHandle | null = null;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!isErrno(error, 'EISDIR') && !isErrno(error, 'EPERM') && !isErrno(error, 'EINVAL')) throw error;
  } finally {
    await handle?.close();
  }
}
