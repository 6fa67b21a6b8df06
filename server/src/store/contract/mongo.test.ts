import { describe, it } from 'vitest';
import { runStoreContract } from './storeContract.js';

const uri = process.env.MONGODB_URI;

if (uri) {
  const { createMongoStore } = await import('../mongo/index.js');
  runStoreContract('mongodb (Mongoose)', () => createMongoStore({ uri }));
} else {
  describe('store contract: mongodb', () => {
    it.skip('skipped: set MONGODB_URI (a replica set) to run the store contract against MongoDB', () => {});
  });
  console.info('[store contract] MongoDB skipped: MONGODB_URI is not set');
}
