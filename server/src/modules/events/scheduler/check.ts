// An independent check of any schedule against its input: every rule of the contract, written
// directly on the input (it shares no code with the solver). Returns the violations found, in words;
// an empty list means the schedule is valid.
import type { MeetingGrid, MeetingToSchedule, SlotPlacement } from './types.js';

export function scheduleViolations(
  grid: MeetingGrid,
  meetings: readonly MeetingToSchedule[],
  placements: readonly (SlotPlacement | null)[],
): string[] {
  const problems: string[] = [];
  if (placements.length !== meetings.length) problems.push(`${placements.length} placements for ${meetings.length} meetings`);
  const personSlot = new Map<string, string>();
  const tableSlot = new Map<string, string>();
  const perPerson = new Map<string, number>();
  meetings.forEach((m, i) => {
    const at = placements[i];
    if (!at) return;
    if (!Number.isInteger(at.slot) || at.slot < 0 || at.slot >= grid.slots)
      problems.push(`${m.id}: slot ${at.slot} outside 0..${grid.slots - 1}`);
    if (!Number.isInteger(at.table) || at.table < 1 || at.table > grid.tables)
      problems.push(`${m.id}: table ${at.table} outside 1..${grid.tables}`);
    const tableKey = `${at.slot}/${at.table}`;
    if (tableSlot.has(tableKey)) problems.push(`${m.id}: table ${at.table} in slot ${at.slot} already holds ${tableSlot.get(tableKey)}`);
    tableSlot.set(tableKey, m.id);
    for (const person of [m.requesterId, m.inviteeId]) {
      if (grid.unavailable?.[person]?.includes(at.slot)) problems.push(`${m.id}: ${person} is unavailable in slot ${at.slot}`);
      const key = `${person}@${at.slot}`;
      if (personSlot.has(key)) problems.push(`${m.id}: ${person} is already in ${personSlot.get(key)} in slot ${at.slot}`);
      personSlot.set(key, m.id);
      perPerson.set(person, (perPerson.get(person) ?? 0) + 1);
    }
  });
  for (const [person, count] of perPerson)
    if (count > grid.maxPerParticipant) problems.push(`${person} has ${count} meetings, more than ${grid.maxPerParticipant}`);
  return problems;
}
