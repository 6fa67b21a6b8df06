// Fill a data directory with the regional store (regionalStore.ts) and write what the probe needs
// to know (ids, accounts) beside it as regional.json.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../server/src/config.js';
import { buildContainer } from '../../server/src/container.js';
import { systemClock } from '../../server/src/lib/clock.js';
import { createLogger } from '../../server/src/lib/logger.js';
import { BENCH_ADMIN } from './filledApp.js';
import { loadRegional, type RegionalIds, type RegionalSizes } from './regionalStore.js';

export const regionalEnv = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  DEMO_DATA: '0',
  ADMIN_EMAIL: BENCH_ADMIN.email,
  ADMIN_PASSWORD: BENCH_ADMIN.password,
};

export async function buildRegional(dataDir: string, sizes: RegionalSizes): Promise<{ ids: RegionalIds; loadMs: number }> {
  fs.mkdirSync(dataDir, { recursive: true });
  const config = loadConfig(regionalEnv, { dataDir });
  const start = performance.now();
  const container = await buildContainer(config, { logger: createLogger('silent'), clock: systemClock });
  const ids = await loadRegional(container, sizes);
  await container.modules.search.engine.close();
  await container.store.close();
  const loadMs = performance.now() - start;
  fs.writeFileSync(path.join(dataDir, 'regional.json'), JSON.stringify({ ids, sizes, loadMs }));
  return { ids, loadMs };
}
