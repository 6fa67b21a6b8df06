// Every data migration, oldest first. Add one file per migration and list it here; see CONTRIBUTING.md.
import { conflictsDeclaredProvince } from './2026-12-06-conflicts-declared-province.js';
import type { Migration } from './runner.js';

export const MIGRATIONS: readonly Migration[] = [conflictsDeclaredProvince];
export { runMigrations } from './runner.js';
export type { Migration } from './runner.js';
