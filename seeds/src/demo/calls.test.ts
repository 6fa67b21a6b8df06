import { describe, expect, it } from 'vitest';
import { demoCalls, demoDataset, demoEvents } from '../index.js';

const roleOf = (key: string) => demoDataset.users.find((u) => u.key === key)?.role;

describe('demo calls', () => {
  it('name an existing event, expert judges and startups, and judge only entries that exist', () => {
    for (const call of demoCalls) {
      const event = demoEvents.find((e) => e.key === call.eventKey);
      expect(event, call.eventKey).toBeDefined();
      // Entries close before the event and after it was created.
      expect(call.closesDay).toBeGreaterThan(event!.createdDay + Math.ceil(call.entries.length / 2));
      expect(call.closesDay).toBeLessThan(event!.startDay);
      for (const j of call.judgeKeys) expect(roleOf(j), j).toBe('expert');
      for (const e of call.entries) expect(roleOf(e.startupKey), e.startupKey).toBe('startup');
      const entered = new Set(call.entries.map((e) => e.startupKey));
      for (const j of call.judgements) {
        expect(entered.has(j.startupKey), j.startupKey).toBe(true);
        expect(call.judgeKeys).toContain(j.judgeKey);
        expect(Boolean(j.scores) !== Boolean(j.recused)).toBe(true);
        if (j.scores) expect(j.scores).toHaveLength(5);
        // Nobody scores across a declared conflict.
        expect(call.conflicts.some((c) => c.judgeKey === j.judgeKey && c.startupKey === j.startupKey)).toBe(false);
      }
    }
  });
});
