import type { Config } from '../config.js';
import type { Logger } from '../lib/logger.js';
import { createEmbeddedStore } from './embedded/index.js';
import type { Store } from './types.js';

/** MongoDB when MONGODB_URI is set; otherwise the embedded engine in DATA_DIR. */
export async function openStore(config: Config, logger: Logger): Promise<Store> {
  if (config.mongodbUri) {
    const { createMongoStore } = await import('./mongo/index.js');
    const store = await createMongoStore({ uri: config.mongodbUri, logger });
    logger.info({ engine: 'mongodb' }, 'store opened');
    return store;
  }
  const store = await createEmbeddedStore({
    dataDir: config.dataDir,
    sync: config.storeSync,
    onAfterCommitError: (err) => logger.error({ err }, 'after-commit callback failed'),
    onCheckpointerFailure: (err) => logger.warn({ err }, 'WAL checkpoint worker failed; checkpointing on the main connection'),
  });
  logger.info({ engine: 'embedded', dataDir: config.dataDir, sync: config.storeSync }, 'store opened');
  return store;
}
