// The GridFS engine of the blob port, on the MongoDB store's own connection: one GridFS file per
// blob in the bucket `files` (collections files.files and files.chunks), its _id being our id.
// GridFS writes the chunks first and the files document last, so a reader never finds a blob
// before it is whole. A crash mid-upload leaves chunks without a files document under an id the
// application never uses again (every upload gets a new one).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { mongo } from 'mongoose';
import type { BlobInfo, BlobStore, OpenBlob } from './types.js';
import { assertBlobId, BlobExistsError } from './types.js';

export const GRIDFS_BUCKET = 'files';

/** The driver types GridFS ids as ObjectId, but stores any BSON value; ours are strings. */
type GridId = mongo.ObjectId;
const gridId = (id: string) => id as unknown as GridId;

export class GridFsBlobStore implements BlobStore {
  readonly engine = 'gridfs' as const;
  private readonly bucket: mongo.GridFSBucket;

  constructor(db: mongo.Db) {
    this.bucket = new mongo.GridFSBucket(db, { bucketName: GRIDFS_BUCKET });
  }

  private async find(id: string): Promise<mongo.GridFSFile | null> {
    const [file] = await this.bucket.find({ _id: gridId(id) }, { limit: 1 }).toArray();
    return file ?? null;
  }

  async put(id: string, data: Buffer | Readable): Promise<void> {
    assertBlobId(id);
    if (await this.find(id)) throw new BlobExistsError(id);
    const upload = this.bucket.openUploadStreamWithId(gridId(id), id);
    try {
      await pipeline(Buffer.isBuffer(data) ? Readable.from([data]) : data, upload);
    } catch (error) {
      // Two writers of one id: the unique (files_id, n) of the chunks lets only one finish.
      if ((error as { code?: number }).code === 11000) throw new BlobExistsError(id);
      throw error;
    }
  }

  async open(id: string): Promise<OpenBlob | null> {
    assertBlobId(id);
    const file = await this.find(id);
    if (!file) return null;
    return { size: file.length, stream: this.bucket.openDownloadStream(gridId(id)) };
  }

  async delete(id: string): Promise<boolean> {
    assertBlobId(id);
    try {
      await this.bucket.delete(gridId(id));
      return true;
    } catch (error) {
      if (error instanceof mongo.MongoRuntimeError && /not found/i.test(error.message)) return false;
      throw error;
    }
  }

  async *list(): AsyncIterable<BlobInfo> {
    for await (const file of this.bucket.find({}, { projection: { _id: 1, length: 1, uploadDate: 1 } })) {
      yield { id: String(file._id), size: file.length, createdAt: file.uploadDate };
    }
  }

  async close(): Promise<void> {}
}
