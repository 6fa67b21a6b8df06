// The stable order of "browse with filters" (empty q): verified first, then folded name, then id.
// Kept as one sorted array of slots so a browse page is a scan of that array against a filter
// bit set, never a sort of the filtered documents. Single updates splice in place; bulk loads
// mark the order dirty and it is re-sorted once.
import type { Bitset } from './bitset.js';
import type { ProfileSearchDocument } from '../documents.js';
import { fold, lowerExact } from '../text.js';

export function browseKey(doc: ProfileSearchDocument): string {
  return `${doc.verified ? '0' : '1'}${fold(doc.name)}\u0001${lowerExact(doc.name)}\u0000${doc.id}`;
}

export class BrowseOrder {
  private keyOf: (string | undefined)[] = [];
  private keys: string[] = [];
  private slots: number[] = [];
  private dirty = false;

  /** Switch to deferred mode for bulk changes; the next read re-sorts once. */
  markDirty(): void {
    this.dirty = true;
  }

  clear(): void {
    this.keyOf = [];
    this.keys = [];
    this.slots = [];
    this.dirty = false;
  }

  insert(slot: number, key: string): void {
    this.keyOf[slot] = key;
    if (this.dirty) return;
    const at = this.lowerBound(key);
    this.keys.splice(at, 0, key);
    this.slots.splice(at, 0, slot);
  }

  remove(slot: number): void {
    const key = this.keyOf[slot];
    if (key === undefined) return;
    this.keyOf[slot] = undefined;
    if (this.dirty) return;
    const at = this.lowerBound(key);
    if (this.keys[at] === key) {
      this.keys.splice(at, 1);
      this.slots.splice(at, 1);
    }
  }

  ensureSorted(): void {
    if (!this.dirty) return;
    const entries: [string, number][] = [];
    this.keyOf.forEach((key, slot) => {
      if (key !== undefined) entries.push([key, slot]);
    });
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.keys = entries.map((e) => e[0]);
    this.slots = entries.map((e) => e[1]);
    this.dirty = false;
  }

  /** Slots of one page, in browse order, among those set in `filter` (all when null). */
  page(filter: Bitset | null, offset: number, limit: number): number[] {
    this.ensureSorted();
    const out: number[] = [];
    let skipped = 0;
    for (const slot of this.slots) {
      if (filter !== null && !filter.has(slot)) continue;
      if (skipped < offset) {
        skipped++;
        continue;
      }
      out.push(slot);
      if (out.length === limit) break;
    }
    return out;
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
