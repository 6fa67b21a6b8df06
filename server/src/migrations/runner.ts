// Data migrations: ordered, named changes to stored documents (a field backfilled, a value
// renamed). The store is schemaless, so a migration is code that rewrites documents through the
// Store port, on either engine. Each runs once per database: its id is recorded in `migrations`;
// a unique claim document keeps two instances booting together from running the same one.
import type { Logger } from '../lib/logger.js';
import type { Clock } from '../lib/clock.js';
import type { Doc, Store } from '../store/types.js';
import { DuplicateKeyError } from '../store/types.js';

export interface Migration {
  /** Sortable and never reused, e.g. `2026-12-06-conflicts-declared-province`. */
  id: string;
  description: string;
  /** Idempotent: it may run again after a crash before it was recorded. Returns documents changed. */
  up(store: Store): Promise<number>;
}

interface MigrationDoc extends Doc {
  description: string;
  startedAt: string;
  finishedAt: string | null;
  changed: number | null;
}

export async function runMigrations(store: Store, migrations: readonly Migration[], clock: Clock, logger: Logger): Promise<string[]> {
  const records = store.collection<MigrationDoc>({ name: 'migrations' });
  const ran: string[] = [];
  for (const migration of [...migrations].sort((a, b) => a.id.localeCompare(b.id))) {
    const done = await records.findOne({ _id: migration.id });
    if (done?.finishedAt) continue;
    if (!done) {
      try {
        await records.insertOne({
          _id: migration.id,
          description: migration.description,
          startedAt: clock.now().toISOString(),
          finishedAt: null,
          changed: null,
        });
      } catch (error) {
        // Another instance claimed it first; it runs the migration, this one goes on.
        if (error instanceof DuplicateKeyError) continue;
        throw error;
      }
    }
    const changed = await migration.up(store);
    await records.updateOne({ _id: migration.id }, { $set: { finishedAt: clock.now().toISOString(), changed } });
    logger.info({ migration: migration.id, changed }, 'data migration applied');
    ran.push(migration.id);
  }
  return ran;
}
