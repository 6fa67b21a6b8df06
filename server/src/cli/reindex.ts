// npm run reindex — rebuild the search index from the store, with a progress bar.
// Meilisearch: filled into a replacement index (`profiles_rebuild`) and swapped in when complete,
// so the running app keeps answering from the old index until then; profiles the app changed
// meanwhile are read again after the swap.
// Embedded engine: the index lives inside the server process and is rebuilt at every start;
// this command rebuilds one here to check the data and report timing (stop the server first).
import { buildContainer } from '../container.js';
import { ConfigError, loadConfig } from '../config.js';
import { systemClock } from '../lib/clock.js';
import { createLogger } from '../lib/logger.js';
import { progressBar } from './progress.js';

try {
  const config = loadConfig(process.env);
  const container = await buildContainer(config, { logger: createLogger(process.env.LOG_LEVEL ?? 'warn'), clock: systemClock });
  const { engine, indexer, outbox } = container.modules.search;
  const total = await container.modules.profiles.repository.collection.countDocuments();
  console.log(`Rebuilding the ${engine.engine} search index from ${total} profiles…`);
  const bar = progressBar('Profiles', total);
  const started = Date.now();
  await indexer.rebuild((n) => bar.update(n));
  bar.stop();
  await indexer.drain();
  console.log(
    `Indexed ${await engine.count()} searchable profiles in ${((Date.now() - started) / 1000).toFixed(1)} s; outbox: ${await outbox.size()} waiting.`,
  );
  await engine.close();
  await container.store.close();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
