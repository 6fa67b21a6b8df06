// Every data migration, oldest first. Add one file per migration and list it here; see CONTRIBUTING.md.
import { conflictsDeclaredProvince } from './2026-12-06-conflicts-declared-province.js';
import { usersSearchKey } from './2026-12-07-users-search-key.js';
import type { Migration } from './runner.js';

export const MIGRATIONS: readonly Migration[] = [conflictsDeclaredProvince, usersSearchKey];
export { runMigrations } from './runner.js';
export type { Migration } from './runner.js';
