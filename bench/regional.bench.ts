// The endpoints people hit most, and the ones that scan, at the size a whole region reaches:
// 30 000 generated profiles with their needs, 30 000 intros with histories, 100 000 messages,
// 200 events with registrations and meetings, a call with 300 entries scored by 10 judges
// (bench/lib/regionalStore.ts). The production bundle runs in a child process with the server's
// V8 flags; each endpoint is requested one at a time with the session of who calls it, beside
// `GET /api/health` (the whole stack and three engine pings) measured in the same run as the baseline.
//   npx tsx bench/regional.bench.ts [--quick]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildRegional } from './lib/regionalBuild.js';
import { probesFor, type ProbeResult, rssMb, runProbe, sessionsFor, startServer } from './lib/regionalProbe.js';
import { REGIONAL, REGIONAL_QUICK } from './lib/regionalStore.js';
import type { BenchOptions } from './lib/module.js';
import { int, ms, resultsFileFor, table, writeSection } from './lib/results.js';

const PORT = 39_417;
const MEMORY_REQUESTS = 3_000;

/** Before → after of each change this benchmark led to (measured alternating, two rounds each, same store). */
const CHANGES = [
  [
    '`$or` answered through the union of indexed branches (embedded store): `GET /api/intros?box=incoming`, expert with 3 intros',
    '15.3 / 21.0 → 2.1 / 5.9 ms',
  ],
  ['the same, busiest startup (600 intros sent, none received)', '12.9 / 16.5 → 1.9 / 6.0 ms'],
  ['the same, `GET /api/intros` (box all), expert', '6.4 / 13.2 → 2.0 / 17.6 ms (p95 noisy both ways)'],
];

export async function run(options: BenchOptions = {}): Promise<ProbeResult[]> {
  const sizes = options.quick ? REGIONAL_QUICK : REGIONAL;
  const requests = options.quick ? 10 : 40;
  // The child runs server/dist, built here by the server's own build script (as `npm start` builds it).
  execFileSync(process.execPath, ['build.mjs'], {
    cwd: fileURLToPath(new URL('../server', import.meta.url)),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketnoi-regional-'));
  try {
    const { ids, loadMs } = await buildRegional(dataDir, sizes);
    const bootStart = Date.now();
    const server = await startServer(dataDir, PORT);
    const bootMs = Date.now() - bootStart;
    const results: ProbeResult[] = [];
    let memory: { before: number; after: number };
    try {
      const cookies = await sessionsFor(server.url, ids);
      for (const [i, probe] of probesFor(ids).entries()) {
        // The baseline gets a longer warm-up: it is the first request the fresh process serves.
        const result = await runProbe(server.url, cookies, probe, requests, i === 0 ? 100 : 3);
        results.push(result);
        console.log(`regional ${result.name}: p50 ${ms(result.stats.p50)} p95 ${ms(result.stats.p95)} ms`);
      }
      // The baseline again, last: a fresh process's first requests run beside its start-up work (index
      // warm-up, the outbox drain), so the lower of the two is the stack's own cost.
      const again = await runProbe(server.url, cookies, probesFor(ids)[0]!, requests, 3);
      if (again.stats.p50 < results[0]!.stats.p50) results[0] = again;
      // Memory over a few thousand of the commonest requests (search, directory, boxes, messages).
      const common = probesFor(ids).filter((p) =>
        /search \(facets\)|kind \+ province|box=incoming \(expert|messages|calendar/.test(p.name),
      );
      const before = await rssMb(server.child.pid!);
      for (const probe of common) await runProbe(server.url, cookies, probe, Math.floor(MEMORY_REQUESTS / common.length), 0);
      memory = { before, after: await rssMb(server.child.pid!) };
    } finally {
      await server.stop();
    }
    const baseline = results[0]!.stats.p50;
    writeSection({
      name: 'regional',
      title: 'Endpoints at regional size',
      sizes:
        `${int(sizes.profiles)} generated profiles (seed 42) with their needs, ${int(sizes.intros)} intros over a year, ` +
        `${int(sizes.messages)} messages (a tenth in one thread), ${sizes.events} events (${sizes.registrationsPerEvent} registrations each; one with ` +
        `${sizes.bigEventRegistrations} registrations and up to ${sizes.meetings} accepted meetings), a call with ${sizes.callEntries} entries × ${sizes.judges} judges`,
      body: [
        `The production bundle (\`server/dist/main.js\`) in a child process with the server's V8 flags, on the embedded store and`,
        `search engine; ${requests} measured requests per row after 3 of warm-up, one at a time, each with the session of who calls it`,
        '(anonymous, admin, staff of Hà Nội, the busiest startup — 600 intros sent, a 10 000-message thread — or an expert).',
        'Rows with pages time every page as its own request. *÷ baseline* is the row’s p50 over that of `GET /api/health`,',
        `measured first and last in the same run (the lower kept). Store filled in ${(loadMs / 1000).toFixed(1)} s; server start (store load and index rebuild) ${(bootMs / 1000).toFixed(1)} s.`,
        '',
        table(
          ['Endpoint', 'as', 'p50', 'p95', 'p99', '÷ baseline', 'items', 'bytes'],
          results.map((r) => [
            r.name,
            r.who,
            ms(r.stats.p50),
            ms(r.stats.p95),
            ms(r.stats.p99),
            (r.stats.p50 / baseline).toFixed(1),
            r.items === null ? '–' : String(r.items),
            int(r.bytes),
          ]),
        ),
        '',
        `Server RSS before and after ${int(MEMORY_REQUESTS)} more of the commonest requests: ${memory.before.toFixed(0)} → ${memory.after.toFixed(0)} MB.`,
        '',
        'What still grows with the store rather than the page (left as found, see the rows): the directory without filters',
        'and the `q`/`verified` filters test every profile and sort by name (the embedded engine narrows by an index’s first',
        'field only, never walks an index in order); a conversation’s messages, its last message, read marks and unread count',
        'read the whole thread before taking a page (the busiest startup’s conversation list pays that for its 10 000-message',
        'thread); the admin’s national staff queue and report summary read every open need and intro by design; CSV exports',
        'are as large as their scope.',
        '',
        'Changes this benchmark led to (p50 / p95, measured alternating before → after, two rounds, same store):',
        '',
        table(['Change', 'before → after'], CHANGES),
      ].join('\n'),
      file: resultsFileFor(options),
    });
    return results;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run({ quick: process.argv.includes('--quick') });
  process.exit(0);
}
