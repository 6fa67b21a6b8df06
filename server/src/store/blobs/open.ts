import path from 'node:path';
import type { Store } from '../types.js';
import { FilesystemBlobStore } from './filesystem.js';
import type { BlobStore } from './types.js';

/** GridFS on the MongoDB store's connection when the store is MongoDB; otherwise DATA_DIR/files/. */
export async function openBlobStore(store: Store, dataDir: string): Promise<BlobStore> {
  if (store.engine === 'mongodb') {
    const [{ MongoStore }, { GridFsBlobStore }] = await Promise.all([import('../mongo/index.js'), import('./gridfs.js')]);
    if (!(store instanceof MongoStore)) throw new Error('a MongoDB store that is not a MongoStore has no GridFS');
    return new GridFsBlobStore(store.database());
  }
  return new FilesystemBlobStore(path.join(dataDir, 'files'));
}
