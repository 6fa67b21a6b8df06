import { describe } from 'vitest';
import { runStoreContract } from './storeContract.js';

const uri = process.env.MONGODB_URI;

// Runs against a real MongoDB replica set when MONGODB_URI is set (`npm run test:mongo`).
describe.skipIf(!uri)('mongodb engine', () => {
  // A throwaway database per run, dropped on close, so a shared MongoDB is left as it was.
  const dbName = `ketnoi_contract_${Date.now().toString(36)}`;
  runStoreContract('mongodb (Mongoose)', async () => {
    const { createMongoStore } = await import('../mongo/index.js');
    return createMongoStore({ uri: uri!, dbName, dropDatabaseOnClose: true });
  });
});

if (!uri) console.info('[store contract] MongoDB skipped: MONGODB_URI is not set');
