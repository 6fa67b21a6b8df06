import { describe, expect, it } from 'vitest';
import { parseBundleCheck, renderBundleResults, type BundleBenchResult } from '../bundle.bench.js';

const output = {
  entry: 'index.html',
  chunks: [
    { file: 'assets/index-abc.js', raw: 71_025, gzip: 23_700 },
    { file: 'assets/react-def.js', raw: 311_324, gzip: 97_112 },
  ],
  css: [{ file: 'assets/index-0kr.css', raw: 30_000, gzip: 6_000 }],
  totalGzip: 120_812,
  totalRaw: 382_349,
  budget: 256_000,
  ok: true,
};

describe('bundle bench', () => {
  it('reads the JSON that check-bundle.mjs prints', () => {
    expect(parseBundleCheck(JSON.stringify(output, null, 2))).toEqual(output);
  });

  it('refuses output it does not understand rather than recording nonsense', () => {
    expect(() => parseBundleCheck('Landing route JavaScript (entry index.html + static imports):')).toThrow(/no JSON/);
    expect(() => parseBundleCheck(JSON.stringify({ ...output, totalGzip: 'big' }))).toThrow(/unexpected/);
    expect(() => parseBundleCheck(JSON.stringify({ ...output, chunks: [{ file: 'a.js' }] }))).toThrow(/unexpected/);
  });

  it('renders the chunks largest first, the total, and whether the budget is met', () => {
    const result: BundleBenchResult = { check: output, allJs: { files: 40, raw: 1_400_000, gzip: 450_000 }, builtNow: false };
    const text = renderBundleResults(result);
    expect(text.indexOf('react-def.js')).toBeLessThan(text.indexOf('index-abc.js'));
    expect(text).toContain('| total | 373.4 KB | 118.0 KB |');
    expect(text).toContain('**Landing route JavaScript: 118.0 KB gzip** (budget 250.0 KB): met, 132.0 KB to spare.');
    expect(text).toContain('40 JavaScript files');

    const over = renderBundleResults({ ...result, check: { ...output, totalGzip: 300 * 1024, ok: false } });
    expect(over).toContain('over by 50.0 KB');
  });
});
