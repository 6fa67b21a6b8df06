// npm run contract:refs — rewrite contract/src/generated/endpointRefs.ts and endpointRefs/<domain>.ts
// from the endpoint declarations (run it after adding, renaming or moving an endpoint; a test fails
// while they are stale).
import fs from 'node:fs';
import path from 'node:path';
import { endpointRefsDir, renderEndpointRefs } from './renderEndpointRefs.js';

const rendered = await renderEndpointRefs();
fs.mkdirSync(endpointRefsDir, { recursive: true });
const changed: string[] = [];
for (const [file, text] of rendered) {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
  fs.writeFileSync(file, text);
  changed.push(file);
}
// A domain that no longer exists leaves no module behind.
for (const name of fs.readdirSync(endpointRefsDir)) {
  const file = path.join(endpointRefsDir, name);
  if (rendered.has(file)) continue;
  fs.rmSync(file);
  changed.push(file);
}
const root = path.resolve(endpointRefsDir, '../../../..');
console.log(
  changed.length
    ? `Endpoint refs rewritten: ${changed.map((file) => path.relative(root, file)).join(', ')}`
    : 'contract/src/generated/endpointRefs is up to date',
);
