import { describe, expect, it } from 'vitest';
import { fitWithin, SHRINK_FROM_BYTES, shouldShrink } from './shrinkImage.js';

describe('scaling photos down before upload', () => {
  it('scales only large raster images', () => {
    expect(shouldShrink({ type: 'image/jpeg', size: 7_000_000 })).toBe(true);
    expect(shouldShrink({ type: 'image/png', size: SHRINK_FROM_BYTES + 1 })).toBe(true);
    expect(shouldShrink({ type: 'image/jpeg', size: SHRINK_FROM_BYTES })).toBe(false);
    expect(shouldShrink({ type: 'application/pdf', size: 9_000_000 })).toBe(false);
    expect(shouldShrink({ type: 'image/heic', size: 9_000_000 })).toBe(false);
  });

  it('brings the long side down, keeping the shape, and never enlarges', () => {
    expect(fitWithin(4032, 3024, 2048)).toEqual({ width: 2048, height: 1536 });
    expect(fitWithin(3024, 4032, 2048)).toEqual({ width: 1536, height: 2048 });
    expect(fitWithin(800, 600, 2048)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(20000, 1, 2048)).toEqual({ width: 2048, height: 1 });
  });
});
