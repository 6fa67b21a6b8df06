// Table numbers for a schedule whose slots are decided: a meeting that stays in its slot keeps its
// table, a moved one keeps its old table number when that table is free in its new slot, and the
// rest take the lowest free tables. Earlier acceptance wins a contested table.
import type { Instance } from './instance.js';
import type { SlotPlacement } from './types.js';

export function assignTables(inst: Instance, slotOf: Int32Array): (SlotPlacement | null)[] {
  const T = inst.tables;
  const taken = new Uint8Array(inst.slots * (T + 1));
  const table = new Int32Array(inst.meetings);
  const claim = (e: number, t: number): void => {
    table[e] = t;
    taken[slotOf[e]! * (T + 1) + t] = 1;
  };
  const free = (e: number, t: number): boolean => t >= 1 && t <= T && !taken[slotOf[e]! * (T + 1) + t];
  const pass = (wants: (e: number) => boolean): void => {
    for (const e of inst.byAcceptance) {
      if (slotOf[e]! < 0 || table[e] !== 0 || !wants(e)) continue;
      if (free(e, inst.currentTable[e]!)) claim(e, inst.currentTable[e]!);
    }
  };
  pass((e) => slotOf[e] === inst.current[e]);
  pass(() => true);
  const next = new Int32Array(inst.slots).fill(1);
  for (const e of inst.byAcceptance) {
    const s = slotOf[e]!;
    if (s < 0 || table[e] !== 0) continue;
    while (taken[s * (T + 1) + next[s]!]) next[s]!++;
    claim(e, next[s]!);
  }
  return Array.from(slotOf, (s, e) => (s < 0 ? null : { slot: s, table: table[e]! }));
}
