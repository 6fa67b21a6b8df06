import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

// uuid's own v7 asks crypto for 16 fresh bytes on every id; each such call builds a native job
// (~1.5 µs, several times that under load, on every chat message). We draw the entropy for 256
// ids at once and keep uuid's monotonic rule ourselves (uuid skips it when given the bytes):
// within one millisecond the 32-bit sequence counts up from a random start.
const IDS_PER_REFILL = 256;
const entropy = new Uint8Array(16 * IDS_PER_REFILL);
let used = entropy.length;
let lastMs = -Infinity;
let seq = 0;

const random = new Uint8Array(16);

/** The next 16 bytes of entropy, in `random` (copied: a subarray view would be an allocation per id). */
function nextRandom(): Uint8Array {
  if (used === entropy.length) {
    randomFillSync(entropy);
    used = 0;
  }
  for (let i = 0; i < 16; i++) random[i] = entropy[used + i]!;
  used += 16;
  return random;
}

/**
 * New opaque id. UUIDv7 is time-ordered (monotonic within this process), so ids sort by
 * creation time — cursors and "newest first" lists can use `_id` as a tie-breaker.
 */
export function newId(): string {
  const bytes = nextRandom();
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    seq = ((bytes[6]! & 0x7f) << 24) | (bytes[7]! << 16) | (bytes[8]! << 8) | bytes[9]!;
  } else {
    seq = (seq + 1) | 0;
    // Same millisecond, or the clock went back: count on. Wrapped after 2^32 ids: borrow the next millisecond.
    if (seq === 0) lastMs++;
  }
  return uuidv7({ random: bytes, msecs: lastMs, seq });
}
