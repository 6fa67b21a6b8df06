import { describe } from 'vitest';
import { runStoreContract } from './storeContract.js';

const uri = process.env.MONGODB_URI;

// Runs against a real MongoDB replica set when MONGODB_URI is set (`npm run test:mongo`, e.g. against
// `docker compose up mongo`). Skipped otherwise: MongoDB cannot be installed on the build machine
// (no Docker engine, not in the npm or Debian registries), and the embedded run of the same
// contract (embedded.test.ts beside this file) always runs.
describe.skipIf(!uri)('mongodb engine', () => {
  // A throwaway database per run, dropped on close, so a shared MongoDB is left as it was.
  const dbName = `ketnoi_contract_${Date.now().toString(36)}`;
  runStoreContract('mongodb (Mongoose)', async () => {
    const { createMongoStore } = await import('../mongo/index.js');
    return createMongoStore({ uri: uri!, dbName, dropDatabaseOnClose: true });
  });
});

if (!uri) console.info('[store contract] MongoDB skipped: MONGODB_URI is not set');
