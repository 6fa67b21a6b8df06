// Spare capacity: active (scheduled) consultations against the capacity an expert declares.
// With room the score is 0.5..1 (more free slots, more likely a quick start); at capacity it is
// 0, so a fully booked expert ranks below an equally good one with room.
import type { CriterionResult } from './types.js';
import { result } from './types.js';

export function spareCapacity(capacity: number, active: number): CriterionResult {
  const spare = Math.max(0, capacity - active);
  if (capacity <= 0) return result(0, 'Tạm ngừng nhận tư vấn', 'Not taking consultations now');
  if (spare === 0) return result(0, `Đã kín lịch (${active}/${capacity} suất)`, `Fully booked (${active}/${capacity} slots)`);
  return result(0.5 + (0.5 * spare) / capacity, `Còn ${spare}/${capacity} suất tư vấn`, `${spare} of ${capacity} consultation slots free`);
}

/** The capacity criterion of a helper, or null when it declares no capacity (providers, investors). */
export function capacityCriterion(capacity: number | undefined, active: number): CriterionResult | null {
  return capacity === undefined ? null : spareCapacity(capacity, active);
}
