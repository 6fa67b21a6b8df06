// The server's V8 flags are written in three places that cannot import each other; this keeps
// them in step with SERVER_NODE_FLAGS.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '../src/nodeFlags.js';

const root = (file: string) => fileURLToPath(new URL(`../../${file}`, import.meta.url));

describe('server V8 flags', () => {
  it('npm start runs the server with them', () => {
    const start = (JSON.parse(fs.readFileSync(root('package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
    expect(start).toContain(`node ${SERVER_NODE_FLAGS.join(' ')} server/dist/main.js`);
  });

  it('the Docker image runs the server with them', () => {
    const cmd = fs
      .readFileSync(root('Dockerfile'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('CMD '))
      .at(-1)!;
    expect(JSON.parse(cmd.slice(4))).toEqual(['node', ...SERVER_NODE_FLAGS, 'server/dist/main.js']);
  });

  it('are flags this Node accepts', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, '-e', '0'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
  });
});
