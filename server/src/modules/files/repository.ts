// What is known about each uploaded file; its bytes are in the blob store under the same id
// (and `<id>.small` for the 400 px copy of an image). Shape documented in docs/DATA.md.
import type { FilePurpose } from '@ketnoi/contract';
import { DocumentRepository } from '../../store/repository.js';
import type { Doc, Store } from '../../store/types.js';

export interface FileDoc extends Doc {
  /** The user who uploaded it. */
  ownerId: string;
  /** The uploader's province at upload (their profile's, else their account's): staff of it may open the file. */
  province: string | null;
  purpose: FilePurpose;
  /** The name it was uploaded under (shown, and offered when saving); never used to decide its type. */
  name: string;
  /** Media type read from the content; images are stored re-encoded as image/webp. */
  type: string;
  size: number;
  width?: number;
  height?: number;
  /** Images: the 400 px copy (blob `<id>.small`, image/webp). */
  small?: { size: number; width: number; height: number };
  /** Last time a profile or consultation started naming it (touched in that writer's transaction). */
  attachedAt: string | null;
  createdAt: string;
}

export const smallBlobId = (id: string) => `${id}.small`;

export class FilesRepository extends DocumentRepository<FileDoc> {
  constructor(store: Store) {
    super(store, {
      name: 'files',
      indexes: [{ fields: { ownerId: 1 } }, { fields: { createdAt: 1 } }],
    });
  }

  findMany(ids: readonly string[]): Promise<FileDoc[]> {
    return ids.length ? this.collection.find({ _id: { $in: [...ids] } }) : Promise.resolve([]);
  }

  /** Mark files as named by a writer (inside its transaction); the count tells whether all still exist. */
  async touch(ids: readonly string[], at: string): Promise<number> {
    if (ids.length === 0) return 0;
    return (await this.collection.updateMany({ _id: { $in: [...ids] } }, { $set: { attachedAt: at } })).matchedCount;
  }

  async delete(id: string): Promise<boolean> {
    return (await this.collection.deleteOne({ _id: id })).deletedCount > 0;
  }
}
