import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_RESULTS_FILE,
  QUICK_RESULTS_FILE,
  int,
  ms,
  readSection,
  replaceSection,
  resultsFileFor,
  table,
  writeSection,
} from '../lib/results.js';

const dirs: string[] = [];
function tempFile(content?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-results-'));
  dirs.push(dir);
  const file = path.join(dir, 'BENCHMARKS.md');
  if (content !== undefined) fs.writeFileSync(file, content);
  return file;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const fixed = { date: new Date('2025-07-01T08:30:00Z'), machine: 'test machine', loadAverage: 0.42 };

describe('writeSection', () => {
  it('replaces only its own section and keeps the header and other sections', () => {
    const file = tempFile('# Benchmarks\n\nHow to run.\n');
    writeSection({ ...fixed, file, name: 'store', title: 'Store', sizes: '10 docs', body: 'first store result' });
    writeSection({ ...fixed, file, name: 'search', title: 'Search', sizes: '5 docs', body: 'search result' });
    writeSection({ ...fixed, file, name: 'store', title: 'Store', sizes: '20 docs', body: 'second store result' });

    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('# Benchmarks\n\nHow to run.\n\n<!-- bench:store:start -->')).toBe(true);
    expect(text).not.toContain('first store result');
    expect(text).toContain('second store result');
    expect(text).toContain('Dataset: 20 docs.');
    expect(text.indexOf('bench:store:start')).toBeLessThan(text.indexOf('bench:search:start')); // order kept
    expect(readSection(file, 'search')).toBe(
      [
        '<!-- bench:search:start -->',
        '## Search',
        '',
        'Measured 2025-07-01 08:30 UTC on test machine; 1-minute load average when written: 0.4.  ',
        'Dataset: 5 docs.',
        '',
        'search result',
        '<!-- bench:search:end -->',
      ].join('\n'),
    );
  });

  it('creates the file when it does not exist', () => {
    const file = tempFile();
    writeSection({ ...fixed, file, name: 'auth-me', title: 'Auth', sizes: 'one user', body: 'x' });
    expect(readSection(file, 'auth-me')).toContain('## Auth');
  });

  it('refuses a file with a half-removed section rather than duplicating it', () => {
    expect(() => replaceSection('a\n<!-- bench:store:start -->\nold\n', 'store', 'new')).toThrow(/unmatched marker/);
  });

  it('rejects names that would break the markers', () => {
    expect(() => replaceSection('', 'no spaces', 'x')).toThrow(/invalid section name/);
  });
});

describe('resultsFileFor', () => {
  it('keeps quick runs out of the documented results', () => {
    expect(resultsFileFor({})).toBe(DEFAULT_RESULTS_FILE);
    expect(resultsFileFor({ quick: true })).toBe(QUICK_RESULTS_FILE);
    expect(resultsFileFor({ quick: true, resultsFile: '/tmp/x.md' })).toBe('/tmp/x.md');
    expect(DEFAULT_RESULTS_FILE.endsWith(path.join('docs', 'BENCHMARKS.md'))).toBe(true);
  });
});

describe('formatting', () => {
  it('formats numbers and right-aligns numeric columns', () => {
    expect(int(1234567.4)).toBe('1 234 567');
    expect([ms(0.01234), ms(1.234), ms(12.34), ms(123.4)]).toEqual(['0.012', '1.23', '12.3', '123']);
    expect(table(['name', 'ops/s'], [['find', int(12000)]])).toBe('| name | ops/s |\n| --- | ---: |\n| find | 12 000 |');
  });
});
