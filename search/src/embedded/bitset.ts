// Fixed-width bit sets over document slots: a filter posting for 100 000 documents is 12.5 KB,
// and AND/OR/count run over 3 125 words, so filter-only queries and facet counts never walk
// documents one by one.

function popcount32(value: number): number {
  let x = value - ((value >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export class Bitset {
  private words: Uint32Array;

  constructor(capacityBits = 1024) {
    this.words = new Uint32Array(Math.max(1, Math.ceil(capacityBits / 32)));
  }

  private ensure(bit: number): void {
    const needed = (bit >>> 5) + 1;
    if (needed <= this.words.length) return;
    const grown = new Uint32Array(Math.max(needed, this.words.length * 2));
    grown.set(this.words);
    this.words = grown;
  }

  set(bit: number): void {
    this.ensure(bit);
    this.words[bit >>> 5]! |= 1 << (bit & 31);
  }

  clear(bit: number): void {
    const i = bit >>> 5;
    if (i < this.words.length) this.words[i]! &= ~(1 << (bit & 31));
  }

  has(bit: number): boolean {
    const i = bit >>> 5;
    return i < this.words.length && (this.words[i]! & (1 << (bit & 31))) !== 0;
  }

  clone(): Bitset {
    const copy = new Bitset(32);
    copy.words = this.words.slice();
    return copy;
  }

  /** this := this ∧ other */
  and(other: Bitset): this {
    const a = this.words;
    const b = other.words;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) a[i]! &= b[i]!;
    a.fill(0, n);
    return this;
  }

  /** this := this ∨ other */
  or(other: Bitset): this {
    if (other.words.length > this.words.length) this.ensure(other.words.length * 32 - 1);
    const a = this.words;
    const b = other.words;
    for (let i = 0; i < b.length; i++) a[i]! |= b[i]!;
    return this;
  }

  /** this := this ∧ ¬other */
  andNot(other: Bitset): this {
    const a = this.words;
    const b = other.words;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) a[i]! &= ~b[i]!;
    return this;
  }

  count(): number {
    let total = 0;
    for (const w of this.words) if (w !== 0) total += popcount32(w);
    return total;
  }

  /** |this ∧ other| without allocating. */
  countAnd(other: Bitset): number {
    const a = this.words;
    const b = other.words;
    const n = Math.min(a.length, b.length);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = a[i]! & b[i]!;
      if (w !== 0) total += popcount32(w);
    }
    return total;
  }

  isEmpty(): boolean {
    for (const w of this.words) if (w !== 0) return false;
    return true;
  }

  /** Set bits in ascending order. */
  *[Symbol.iterator](): IterableIterator<number> {
    const words = this.words;
    for (let i = 0; i < words.length; i++) {
      let w = words[i]!;
      while (w !== 0) {
        const low = w & -w;
        yield (i << 5) + (31 - Math.clz32(low));
        w ^= low;
      }
    }
  }
}
