import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, parseArgs, select } from '../run-all.js';

describe('parseArgs', () => {
  it('reads --quick, repeated and comma-separated --only, and --list', () => {
    expect(parseArgs(['--quick', '--only', 'store,auth-me', '--only=search-engine'])).toEqual({
      quick: true,
      only: ['store', 'auth-me', 'search-engine'],
      list: false,
    });
    expect(parseArgs(['--list'])).toMatchObject({ list: true, quick: false, only: [] });
  });

  it('takes --quick from npm when npm swallowed the flag', () => {
    expect(parseArgs([], { npm_config_quick: 'true' }).quick).toBe(true);
  });

  it('rejects unknown arguments and a bare --only', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/unknown argument --fast/);
    expect(() => parseArgs(['--only'])).toThrow(/needs a benchmark name/);
  });
});

describe('discover and select', () => {
  it('finds every *.bench.ts in the folder, sorted, and filters by name', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-discover-'));
    try {
      for (const f of ['b.bench.ts', 'a.bench.ts', 'helper.ts', 'c.bench.js']) fs.writeFileSync(path.join(dir, f), '');
      const found = discover(dir);
      expect(found.map((b) => b.name)).toEqual(['a', 'b']);
      expect(found[0]!.file).toBe(path.join(dir, 'a.bench.ts'));
      expect(select(found, ['b']).map((b) => b.name)).toEqual(['b']);
      expect(select(found, []).length).toBe(2);
      expect(() => select(found, ['zzz'])).toThrow(/no benchmark named zzz; found: a, b/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds the real benchmarks, including ones written by others', () => {
    const names = discover().map((b) => b.name);
    expect(names).toEqual(expect.arrayContaining(['auth-me', 'store']));
  });
});
