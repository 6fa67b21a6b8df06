// npm run seed -- --profiles 100000 --seed 42
// Loads a deterministic generated dataset into the configured store (stop the server first
// when using the embedded store: one process owns the data directory).
import { parseArgs } from 'node:util';
import { buildContainer } from '../container.js';
import { ConfigError, loadConfig } from '../config.js';
import { systemClock } from '../lib/clock.js';
import { createLogger } from '../lib/logger.js';
import { loadGenerated } from '../seeding/bulk.js';
import { progressBar } from './progress.js';

const { values } = parseArgs({
  options: {
    profiles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    'Usage: npm run seed -- --profiles <n> --seed <n>\nAdds a deterministic generated dataset to the store in DATA_DIR (or MONGODB_URI).',
  );
  process.exit(0);
}
const profiles = Number(values.profiles);
const seed = Number(values.seed);
if (!Number.isInteger(profiles) || profiles < 1 || !Number.isInteger(seed)) {
  console.error('--profiles must be a positive integer and --seed an integer');
  process.exit(2);
}

try {
  const config = loadConfig(process.env);
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const container = await buildContainer(config, { logger, clock: systemClock });
  const bar = progressBar('Profiles', profiles);
  const started = Date.now();
  const result = await loadGenerated(container, { profiles, seed, onProgress: (n) => bar.update(n) });
  bar.stop();
  console.log(
    `Loaded ${result.users} profiles and ${result.needs} needs (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  if (container.modules.search.engine.engine !== 'embedded') {
    const total = await container.modules.profiles.repository.collection.countDocuments();
    const indexBar = progressBar('Search index', total);
    await container.modules.search.indexer.rebuild((n) => indexBar.update(n));
    indexBar.stop();
  } else {
    console.log('The embedded search index is rebuilt from the store when the server starts.');
  }
  await container.store.close();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
