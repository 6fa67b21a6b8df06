// A deterministic PRNG (the seed generator's) so failures reproduce.
import { mulberry32 } from '@ketnoi/seeds/generator/prng';
import { describe, expect, it } from 'vitest';
import type { PlanEdge, PlanInput } from './planner.js';
import { planAssignments, scoreUnits } from './planner.js';

/** Exhaustive: every way to give each need one candidate or none within capacities; best (count, units). */
function bruteForce(input: PlanInput): { count: number; units: number } {
  const byNeed: { candidate: number; units: number }[][] = Array.from({ length: input.needs }, () => []);
  for (const e of input.edges) byNeed[e.need]!.push({ candidate: e.candidate, units: scoreUnits(e.score) });
  const load = input.capacities.map(() => 0);
  let best = { count: -1, units: -1 };
  const walk = (i: number, count: number, units: number) => {
    if (i === input.needs) {
      if (count > best.count || (count === best.count && units > best.units)) best = { count, units };
      return;
    }
    walk(i + 1, count, units);
    for (const option of byNeed[i]!) {
      if (load[option.candidate]! >= input.capacities[option.candidate]!) continue;
      load[option.candidate]!++;
      walk(i + 1, count + 1, units + option.units);
      load[option.candidate]!--;
    }
  };
  walk(0, 0, 0);
  return best;
}

function randomInstance(rnd: () => number, maxNeeds: number, maxCandidates: number, density: number): PlanInput {
  const needs = 1 + Math.floor(rnd() * maxNeeds);
  const candidates = 1 + Math.floor(rnd() * maxCandidates);
  const capacities = Array.from({ length: candidates }, () => Math.floor(rnd() * 3));
  const edges: PlanEdge[] = [];
  for (let i = 0; i < needs; i++)
    for (let j = 0; j < candidates; j++) if (rnd() < density) edges.push({ need: i, candidate: j, score: Math.round(rnd() * 1000) / 1000 });
  return { needs, capacities, edges };
}

function check(input: PlanInput, result: ReturnType<typeof planAssignments>): void {
  const load = input.capacities.map(() => 0);
  const allowed = new Map(input.edges.map((e) => [`${e.need}:${e.candidate}`, scoreUnits(e.score)]));
  let units = 0;
  result.assignment.forEach((c, i) => {
    if (c === null) return;
    expect(allowed.has(`${i}:${c}`)).toBe(true);
    load[c]!++;
    units += allowed.get(`${i}:${c}`)!;
  });
  load.forEach((l, j) => expect(l).toBeLessThanOrEqual(input.capacities[j]!));
  expect(result.totalUnits).toBe(units);
}

describe('cohort planner', () => {
  it('finds the optimum of 600 small random instances (compared with brute force)', () => {
    const rnd = mulberry32(20260105);
    for (let k = 0; k < 600; k++) {
      const input = randomInstance(rnd, 6, 4, 0.3 + rnd() * 0.6);
      const result = planAssignments(input);
      check(input, result);
      const best = bruteForce(input);
      expect({ count: result.assignment.filter((a) => a !== null).length, units: result.totalUnits }).toEqual(best);
    }
  });

  it('serves the most needs first, then maximises the total score', () => {
    // Greedy gives need 1 the 0.95 and leaves need 0 without anyone; the plan serves both.
    const input: PlanInput = {
      needs: 2,
      capacities: [1, 1],
      edges: [
        { need: 0, candidate: 0, score: 0.9 },
        { need: 1, candidate: 0, score: 0.95 },
        { need: 1, candidate: 1, score: 0.2 },
      ],
    };
    expect(planAssignments(input).assignment).toEqual([0, 1]);
  });

  it('leaves needs unassigned when capacity runs out, and never exceeds capacity', () => {
    const input: PlanInput = {
      needs: 3,
      capacities: [1, 0],
      edges: [0, 1, 2].flatMap((need) => [
        { need, candidate: 0, score: 0.5 + need / 10 },
        { need, candidate: 1, score: 1 },
      ]),
    };
    const result = planAssignments(input);
    expect(result.assignment).toEqual([null, null, 0]);
    expect(result.totalUnits).toBe(scoreUnits(0.7));
  });

  it('respects capacities on a large instance (200 needs × 500 candidates) and beats greedy', () => {
    const rnd = mulberry32(7);
    const capacities = Array.from({ length: 500 }, () => Math.floor(rnd() * 4));
    const edges: PlanEdge[] = [];
    // Everyone wants the same 20 stars; the rest fit less well.
    for (let i = 0; i < 200; i++)
      for (let j = 0; j < 500; j++)
        if (j < 20 || rnd() < 0.2) edges.push({ need: i, candidate: j, score: j < 20 ? 0.9 + rnd() / 10 : rnd() * 0.8 });
    const input: PlanInput = { needs: 200, capacities, edges };
    const started = performance.now();
    const result = planAssignments(input);
    const ms = performance.now() - started;
    check(input, result);
    expect(result.assignment.every((a) => a !== null)).toBe(true);
    // Greedy by score as a baseline: the exact plan is never worse.
    const load = capacities.map(() => 0);
    const taken = new Set<number>();
    let greedy = 0;
    for (const e of [...edges].sort((a, b) => b.score - a.score)) {
      if (taken.has(e.need) || load[e.candidate]! >= capacities[e.candidate]!) continue;
      taken.add(e.need);
      load[e.candidate]!++;
      greedy += scoreUnits(e.score);
    }
    expect(result.totalUnits).toBeGreaterThanOrEqual(greedy);
    expect(ms).toBeLessThan(5000);
  });

  it('rejects edges that name unknown needs or candidates', () => {
    expect(() => planAssignments({ needs: 1, capacities: [1], edges: [{ need: 1, candidate: 0, score: 1 }] })).toThrow(RangeError);
  });
});
