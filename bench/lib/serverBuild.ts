// The server as shipped: benchmarks that measure its hot paths load the production bundle
// (server/dist/index.js, built here by the server's own build script, as `npm start` builds it)
// rather than the TypeScript sources through tsx. tsx keeps function names at run time, which
// costs an Object.defineProperty for every closure created — per chat message, several.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as ServerIndex from '../../server/src/index.js';

export type ServerModule = typeof ServerIndex;

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server');

export async function importServerBuild(): Promise<ServerModule> {
  execFileSync(process.execPath, ['build.mjs'], { cwd: serverDir, stdio: ['ignore', 'ignore', 'inherit'] });
  return (await import(pathToFileURL(path.join(serverDir, 'dist/index.js')).href)) as ServerModule;
}
