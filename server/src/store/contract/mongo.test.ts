import { describe, it } from 'vitest';
import { runStoreContract } from './storeContract.js';

const uri = process.env.MONGODB_URI;

if (uri) {
  const { createMongoStore } = await import('../mongo/index.js');
  // A throwaway database per run, dropped on close, so a shared MongoDB is left as it was.
  const dbName = `ketnoi_contract_${Date.now().toString(36)}`;
  runStoreContract('mongodb (Mongoose)', () => createMongoStore({ uri, dbName, dropDatabaseOnClose: true }));
} else {
  describe('store contract: mongodb', () => {
    it.skip('skipped: set MONGODB_URI (a replica set) to run the store contract against MongoDB', () => {});
  });
  console.info('[store contract] MongoDB skipped: MONGODB_URI is not set');
}
