// Judging results (issue 19): `computeResults` for a competition of 300 entries scored by 9 judges on
// 6 weighted criteria (about 5% of judge × entry pairs recused or conflicted), raw and normalised,
// against the formula written out plainly (`results.plain.ts`) measured in the same run.
//   npx tsx bench/judging.bench.ts [--quick]
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { mulberry32 } from '@ketnoi/seeds';
import type { Criterion, JudgeScore } from '../server/src/modules/calls/results.js';
import { computeResults } from '../server/src/modules/calls/results.js';
import { plainTotals } from '../server/src/modules/calls/results.plain.js';
import type { BenchOptions } from './lib/module.js';
import { int, ms, resultsFileFor, table, writeSection } from './lib/results.js';
import type { Stats } from './lib/stats.js';
import { median, summarize } from './lib/stats.js';

export const TARGET_MS = 200;
const SIZES = { entries: 300, judges: 9, criteria: 6 };

function competition(seed: number): { criteria: Criterion[]; entries: string[]; scores: JudgeScore[] } {
  const random = mulberry32(seed);
  const criteria = Array.from({ length: SIZES.criteria }, (_, i) => ({
    code: `c${i}`,
    weight: 1 + Math.floor(random() * 4),
    max: 10 * (1 + Math.floor(random() * 3)),
  }));
  const entries = Array.from({ length: SIZES.entries }, (_, i) => `entry-${i}`);
  const scores: JudgeScore[] = [];
  for (let j = 0; j < SIZES.judges; j++) {
    const leniency = 0.6 + random() * 0.4;
    for (const entryId of entries) {
      if (random() < 0.05) continue;
      scores.push({
        judgeId: `judge-${j}`,
        entryId,
        scores: Object.fromEntries(criteria.map((c) => [c.code, Math.round(c.max * leniency * random())])),
      });
    }
  }
  return { criteria, entries, scores };
}

interface Row {
  normalize: boolean;
  ours: Stats;
  plainMs: number;
}

export async function run(options: BenchOptions = {}): Promise<Row[]> {
  const runs = options.quick ? 5 : 50;
  const { criteria, entries, scores } = competition(42);
  const rows: Row[] = [];
  for (const normalize of [false, true]) {
    const ours: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      let start = performance.now();
      computeResults(criteria, entries, scores, { normalize });
      const oursMs = performance.now() - start;
      if (i % 5 === 0 || options.quick) {
        start = performance.now();
        plainTotals(criteria, entries, scores, normalize);
        plain.push(performance.now() - start);
      }
      if (i >= 3) ours.push(oursMs);
    }
    rows.push({ normalize, ours: summarize(ours), plainMs: median(plain) });
  }
  const worst = Math.max(...rows.map((r) => r.ours.p99));
  writeSection({
    name: 'judging',
    title: 'Judging results: 300 entries × 9 judges × 6 criteria',
    sizes: `${int(SIZES.entries)} entries, ${SIZES.judges} judges, ${SIZES.criteria} weighted criteria, ${int(scores.length)} judge scores (≈5% of pairs recused)`,
    body: [
      `\`computeResults\` (\`server/src/modules/calls/results.ts\`), ${runs} measured runs after 3 of warm-up; the baseline is the`,
      'formula written out plainly (`results.plain.ts`, what the tests check against), timed in the same run.',
      '',
      table(
        ['Normalised', 'p50 (ms)', 'p95 (ms)', 'p99 (ms)', 'plain formula p50 (ms)', 'ours / plain'],
        rows.map((r) => [
          r.normalize ? 'yes' : 'no',
          ms(r.ours.p50),
          ms(r.ours.p95),
          ms(r.ours.p99),
          ms(r.plainMs),
          (r.ours.p50 / r.plainMs).toFixed(3),
        ]),
      ),
      '',
      `**p99 ${ms(worst)} ms (target ≤ ${TARGET_MS} ms): ${worst <= TARGET_MS ? 'met' : 'not met'}.**`,
    ].join('\n'),
    file: resultsFileFor(options),
  });
  for (const r of rows)
    console.log(`judging normalize=${r.normalize}: p50 ${ms(r.ours.p50)} ms, p99 ${ms(r.ours.p99)} ms; plain ${ms(r.plainMs)} ms`);
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run({ quick: process.argv.includes('--quick') });
