import { describe } from 'vitest';
import { runBlobContract } from './blobContract.js';

const uri = process.env.MONGODB_URI;

// Runs against a real MongoDB replica set when MONGODB_URI is set (`npm run test:mongo`), like the
// store contract beside it (store/contract/mongo.test.ts); the filesystem run always runs.
describe.skipIf(!uri)('gridfs engine', () => {
  const dbName = `ketnoi_blobs_${Date.now().toString(36)}`;
  runBlobContract('GridFS (MongoDB)', async () => {
    const [{ createMongoStore, MongoStore }, { GridFsBlobStore }] = await Promise.all([
      import('../../mongo/index.js'),
      import('../gridfs.js'),
    ]);
    const store = await createMongoStore({ uri: uri!, dbName, dropDatabaseOnClose: true });
    if (!(store instanceof MongoStore)) throw new Error('expected a MongoStore');
    return { blobs: new GridFsBlobStore(store.database()), close: () => store.close() };
  });
});

if (!uri) console.info('[blob contract] GridFS skipped: MONGODB_URI is not set');
