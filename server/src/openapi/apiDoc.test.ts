// docs/API.md is kept in step with the routes (and so with /api/openapi.json): its endpoint index
// lists exactly the registered routes. Run `npm run docs:api` after adding or changing a route.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/helpers/testApp.js';
import { endpointIndex, INDEX_END, INDEX_START } from './endpointIndex.js';

const docPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/API.md');
const t = useTestApp();

describe('docs/API.md', () => {
  it('has an endpoint index listing exactly the registered routes (npm run docs:api rewrites it)', () => {
    const doc = fs.readFileSync(docPath, 'utf8');
    const section = doc.slice(doc.indexOf(INDEX_START), doc.indexOf(INDEX_END) + INDEX_END.length);
    expect(section).toBe(endpointIndex(t.app.api.routes));
  });

  it('names the contract’s fixed paths in its prose as well', () => {
    const doc = fs.readFileSync(docPath, 'utf8');
    for (const fixed of ['/api/auth/register', '/api/matches/plan', '/api/intros/:id/accept', '/api/reports/export.csv']) {
      expect(doc).toContain(fixed);
    }
  });
});
