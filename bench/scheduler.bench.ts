// Meeting scheduler (issue 16): `scheduleMeetings` on a generated event of 300 participants and 2 000
// accepted meetings against the first-come-first-served placer (the accept-time rule applied to every
// meeting in acceptance order) measured in the same run on the same input. Every schedule is checked
// by the independent validator before it counts. Besides the contract's shape (16 slots × 30 tables,
// where the tables are the limit), the same meetings with 100 tables show the case where the
// per-person cap and who meets whom are the limit; each also as a re-plan of the greedy placements.
//   npx tsx bench/scheduler.bench.ts [--quick]
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { ScheduleInput, ScheduleResult } from '../server/src/modules/events/scheduler.js';
import { placeFirstComeFirstServed, scheduleMeetings, scheduleViolations } from '../server/src/modules/events/scheduler.js';
import { generateEvent } from './lib/eventMeetings.js';
import { formatMachine } from './lib/machine.js';
import type { BenchOptions } from './lib/module.js';
import { int, ms, resultsFileFor, table, writeSection } from './lib/results.js';
import type { Stats } from './lib/stats.js';
import { median, summarize } from './lib/stats.js';

export const TARGET_MS = 2_000;
const SEED = 42;

interface Scenario {
  name: string;
  tables: number;
  maxPerParticipant: number;
  /** Start from the greedy placements (what accepting one by one produced) and plan anew. */
  replan: boolean;
  /** The contract's shape, which the targets apply to. */
  target: boolean;
}

const SCENARIOS: Scenario[] = [
  { name: '16 × 30, M = 8', tables: 30, maxPerParticipant: 8, replan: false, target: true },
  { name: '16 × 30, M = 16', tables: 30, maxPerParticipant: 16, replan: false, target: true },
  { name: '16 × 30, M = 8, re-plan', tables: 30, maxPerParticipant: 8, replan: true, target: true },
  { name: '16 × 100, M = 8', tables: 100, maxPerParticipant: 8, replan: false, target: false },
  { name: '16 × 100, M = 16', tables: 100, maxPerParticipant: 16, replan: false, target: false },
  { name: '16 × 100, M = 8, re-plan', tables: 100, maxPerParticipant: 8, replan: true, target: false },
];

interface Plan {
  participants: number;
  meetings: number;
  slots: number;
  runs: number;
  warmup: number;
}

const FULL: Plan = { participants: 300, meetings: 2_000, slots: 16, runs: 30, warmup: 3 };
const QUICK: Plan = { participants: 300, meetings: 2_000, slots: 16, runs: 3, warmup: 1 };

export interface ScenarioResult {
  scenario: Scenario;
  time: Stats;
  greedyMs: number;
  greedy: number;
  ours: number;
  upperBound: number;
  keptSlot: number;
  keptUpperBound: number;
  /** Re-plans: meetings that had a placement and have none now. */
  givenUp: number;
  method: ScheduleResult['method'];
  scheduledProvenOptimal: boolean;
  provenOptimal: boolean;
}

function checked(input: ScheduleInput, placements: ScheduleResult['placements'], who: string): void {
  const problems = scheduleViolations(input, input.meetings, placements);
  if (problems.length > 0) throw new Error(`${who} produced an invalid schedule: ${problems.slice(0, 3).join('; ')}`);
}

function measure(scenario: Scenario, plan: Plan): ScenarioResult {
  const fresh = generateEvent({
    participants: plan.participants,
    meetings: plan.meetings,
    slots: plan.slots,
    tables: scenario.tables,
    maxPerParticipant: scenario.maxPerParticipant,
    seed: SEED,
  });
  const firstGreedy = placeFirstComeFirstServed(fresh);
  const input: ScheduleInput = scenario.replan
    ? { ...fresh, meetings: fresh.meetings.map((m, i) => ({ ...m, current: firstGreedy.placements[i] })) }
    : fresh;
  // Greedy and ours alternate so that load on the machine hits both alike.
  const times: number[] = [];
  const greedyTimes: number[] = [];
  let result: ScheduleResult | null = null;
  let greedy = firstGreedy;
  for (let run = 0; run < plan.warmup + plan.runs; run++) {
    let start = performance.now();
    greedy = placeFirstComeFirstServed(input);
    const greedyMs = performance.now() - start;
    start = performance.now();
    result = scheduleMeetings(input);
    const oursMs = performance.now() - start;
    if (run >= plan.warmup) {
      greedyTimes.push(greedyMs);
      times.push(oursMs);
    }
  }
  checked(input, result!.placements, 'scheduleMeetings');
  checked(input, greedy.placements, 'placeFirstComeFirstServed');
  const givenUp = input.meetings.filter((m, i) => m.current && !result!.placements[i]).length;
  return {
    scenario,
    time: summarize(times),
    greedyMs: median(greedyTimes),
    greedy: greedy.scheduled,
    ours: result!.scheduled,
    upperBound: result!.upperBound,
    keptSlot: result!.keptSlot,
    keptUpperBound: result!.keptUpperBound,
    givenUp,
    method: result!.method,
    scheduledProvenOptimal: result!.scheduledProvenOptimal,
    provenOptimal: result!.provenOptimal,
  };
}

export interface SchedulerBenchResult {
  machine: string;
  plan: Plan;
  scenarios: ScenarioResult[];
  passTime: boolean;
  passGreedy: boolean;
}

const ratio = (x: number, y: number) => (y === 0 ? '–' : `${(x / y).toFixed(3)}`);

export function renderSchedulerResults(result: SchedulerBenchResult): string {
  const { plan } = result;
  const rows = result.scenarios.map((r) => [
    r.scenario.name,
    ms(r.time.p50),
    ms(r.time.p95),
    ms(r.time.p99),
    ms(r.greedyMs),
    int(r.ours),
    int(r.greedy),
    int(r.upperBound),
    ratio(r.ours, r.greedy),
    ratio(r.ours, r.upperBound),
    r.method === 'heuristic' ? (r.scheduledProvenOptimal ? 'count proven; kept best found' : 'best found') : `proven (${r.method})`,
  ]);
  const replans = result.scenarios
    .filter((r) => r.scenario.replan)
    .map((r) => [
      r.scenario.name,
      int(r.greedy),
      int(r.ours),
      int(r.keptSlot),
      int(r.keptUpperBound),
      int(r.ours - r.keptSlot),
      int(r.givenUp),
    ]);
  const targeted = result.scenarios.filter((r) => r.scenario.target);
  const worstP99 = Math.max(...targeted.map((r) => r.time.p99));
  return [
    `\`scheduleMeetings\` (\`server/src/modules/events/scheduler.ts\`) on one generated event: ${int(plan.participants)} participants,`,
    `${int(plan.meetings)} accepted meetings between distinct pairs (10% of participants invited six times as often), ${plan.slots} slots,`,
    `20% of participants away for 2–5 consecutive slots (\`bench/lib/eventMeetings.ts\`, seed ${SEED}). Each row: ${plan.runs} measured runs`,
    `after ${plan.warmup} of warm-up, ours and the greedy baseline alternating on the same input; times in milliseconds`,
    '(p99 of 30 runs is the slowest). Greedy is first come first served (`placeFirstComeFirstServed`: each meeting in',
    'acceptance order into the earliest slot where both people and a table are free, within M). Both schedules pass',
    '`scheduleViolations` before they count. The upper bound is the least of: meetings with a usable slot,',
    'Σ over slots of min(tables, maximum matching of the meetings usable there) (blossom), and the fractional',
    'b-matching with b = min(M, free slots) (max flow); ours equal to it is proven optimal.',
    '',
    table(
      [
        'Scenario',
        'p50',
        'p95',
        'p99',
        'greedy p50',
        'ours placed',
        'greedy placed',
        'upper bound',
        'ours / greedy',
        'ours / bound',
        'optimality',
      ],
      rows,
    ),
    '',
    `**${plan.slots} slots × 30 tables: p99 ${ms(worstP99)} ms (target ≤ ${TARGET_MS} ms): ${result.passTime ? 'met' : 'not met'}; ` +
      `placed at least as many as greedy in every scenario: ${result.passGreedy ? 'yes' : 'no'}.**`,
    '',
    'With 30 tables the 480 table-slots are the limit and greedy fills them too (the bound is S·T): the 16 × 30 rows',
    'show the price of proving that, not a gain. With 100 tables the per-person cap and who meets whom are the limit:',
    'greedy falls short and ours reaches the bound, by augmenting walks for the cap (b-matching) and ejection chains.',
    '',
    'Re-plans start from the greedy placements (what accepting meetings one by one produced) and count meetings kept in their slot:',
    '',
    table(['Scenario', 'placed before', 'placed after', 'kept in slot', 'kept upper bound', 'moved or new', 'given up'], replans),
    '',
    'The kept upper bound counts every current placement that could stay. Greedy leaves no unplaced meeting that fits as',
    'it is (each has a person at the cap), so placing more than greedy means giving up some of its meetings and the bound',
    'cannot be reached there; how far the kept count is from the best possible is not known at this size (the exact',
    'search runs up to 160 meetings; on small and medium instances the tests compare it with brute force and with the',
    'exact search).',
  ].join('\n');
}

export async function run(options: BenchOptions = {}): Promise<SchedulerBenchResult> {
  const plan = options.quick ? QUICK : FULL;
  const scenarios: ScenarioResult[] = [];
  for (const scenario of SCENARIOS) {
    const r = measure(scenario, plan);
    scenarios.push(r);
    console.log(
      `scheduler ${scenario.name}: p50 ${ms(r.time.p50)} ms, p99 ${ms(r.time.p99)} ms; placed ${r.ours} (greedy ${r.greedy}, bound ${r.upperBound}), ${r.method}`,
    );
  }
  const targeted = scenarios.filter((r) => r.scenario.target);
  const result: SchedulerBenchResult = {
    machine: formatMachine(),
    plan,
    scenarios,
    passTime: targeted.every((r) => r.time.p99 <= TARGET_MS),
    passGreedy: scenarios.every((r) => r.ours >= r.greedy),
  };
  writeSection({
    name: 'scheduler',
    title: 'Meeting scheduler: 2 000 meetings into slots and tables',
    sizes: `${int(plan.participants)} participants, ${int(plan.meetings)} accepted meetings, ${plan.slots} slots × 30 (and 100) tables, M = 8 and 16${options.quick ? ' (quick smoke run)' : ''}`,
    body: renderSchedulerResults(result),
    file: resultsFileFor(options),
  });
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run({ quick: process.argv.includes('--quick') });
  console.log(renderSchedulerResults(result));
}
