// npm run docs:api — rewrite the endpoint index of docs/API.md from the routes the app registers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { endpointIndex, withEndpointIndex } from '../openapi/endpointIndex.js';

const docPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/API.md');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-docs-'));
try {
  const app = await createApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: '0', DATA_DIR: dataDir }), {
    clientDir: null,
    startJobs: false,
  });
  const before = fs.readFileSync(docPath, 'utf8');
  const after = withEndpointIndex(before, endpointIndex(app.api.routes));
  if (after !== before) fs.writeFileSync(docPath, after);
  console.log(
    after === before
      ? 'docs/API.md: the endpoint index is up to date'
      : `docs/API.md: endpoint index rewritten (${app.api.routes.length} routes)`,
  );
  await app.close();
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
