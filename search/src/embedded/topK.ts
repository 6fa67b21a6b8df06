// The k best of n items under a comparator, sorted, in O(n log k): a ranked page never needs
// the whole result sorted.

/** Indices 0..n-1 ordered by `compare` (negative = a ranks first), truncated to k. */
export function topK(n: number, k: number, compare: (a: number, b: number) => number): number[] {
  const size = Math.min(n, Math.max(0, k));
  if (size === 0) return [];
  if (size * 4 >= n) {
    const all = Array.from({ length: n }, (_v, i) => i);
    all.sort(compare);
    return all.slice(0, size);
  }
  // Max-heap on rank: heap[0] is the worst of the best `size` seen so far.
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => compare(a, b) > 0;
  const siftUp = (at: number): void => {
    let i = at;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const siftDown = (): void => {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(heap[l]!, heap[top]!)) top = l;
      if (r < heap.length && worse(heap[r]!, heap[top]!)) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top]!, heap[i]!];
      i = top;
    }
  };
  for (let item = 0; item < n; item++) {
    if (heap.length < size) {
      heap.push(item);
      siftUp(heap.length - 1);
    } else if (compare(item, heap[0]!) < 0) {
      heap[0] = item;
      siftDown();
    }
  }
  return heap.sort(compare);
}
