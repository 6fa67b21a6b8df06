// npm run indexes [-- --apply] — compare the store's indexes with what the app declares.
// The server itself only ever adds missing indexes at boot: it never drops one. This command lists,
// per collection, the indexes on the server that no declaration names (or that differ from the
// declaration of the same name) and the declared ones that are missing; with --apply it drops the
// former and builds the latter (Mongoose's syncIndexes). Run --apply when no older app version that
// might still use an old index is running. The embedded store keeps its indexes in memory and builds
// them at every start, so there is nothing to do there.
import { buildContainer } from '../container.js';
import { ConfigError, loadConfig } from '../config.js';
import { systemClock } from '../lib/clock.js';
import { createLogger } from '../lib/logger.js';
import type { MongoStore } from '../store/mongo/index.js';

const apply = process.argv.includes('--apply');
try {
  const config = loadConfig(process.env);
  const container = await buildContainer(config, { logger: createLogger(process.env.LOG_LEVEL ?? 'warn'), clock: systemClock });
  const { store } = container;
  try {
    if (store.engine !== 'mongodb') {
      console.log('Embedded store: indexes live in memory and are built at every start. Nothing to do.');
    } else {
      const mongo = store as unknown as MongoStore;
      await mongo.whenIndexesBuilt();
      const plan = (await mongo.indexPlan()).filter((p) => p.toDrop.length > 0 || p.toCreate.length > 0);
      for (const { collection, toDrop, toCreate } of plan) {
        for (const name of toDrop) console.log(`${collection}: ${apply ? 'dropping' : 'not declared (would drop)'} ${name}`);
        for (const fields of toCreate) console.log(`${collection}: ${apply ? 'building' : 'missing (would build)'} ${fields}`);
      }
      if (plan.length === 0) console.log('Every collection has exactly the declared indexes.');
      else if (apply) {
        await mongo.applyIndexPlan();
        const failures = mongo.indexFailures();
        for (const f of failures) console.error(`${f.collection}: ${f.index} still cannot be built: ${f.error}`);
        if (failures.length > 0) process.exitCode = 1;
        else console.log('Done.');
      } else console.log('\nRun `npm run indexes -- --apply` to make it so.');
    }
  } finally {
    await container.modules.search.engine.close();
    await store.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
