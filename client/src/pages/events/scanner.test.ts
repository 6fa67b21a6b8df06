import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCodeReader, normaliseCode } from './scanner.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A browser's BarcodeDetector as far as the scanner uses it, reading `value` from every frame. */
function detectorReading(value: string | null, formats: string[] = ['qr_code', 'ean_13']) {
  const made: Array<{ formats: string[] }> = [];
  class FakeDetector {
    static getSupportedFormats = () => Promise.resolve(formats);
    constructor(options: { formats: string[] }) {
      made.push(options);
    }
    detect() {
      return Promise.resolve(value ? [{ rawValue: value }] : []);
    }
  }
  vi.stubGlobal('BarcodeDetector', FakeDetector);
  return made;
}

describe('reading a ticket at the door', () => {
  it('uses the browser’s own QR detector where there is one', async () => {
    const made = detectorReading('K7Q4FX');
    const reader = await createCodeReader();
    expect(reader.kind).toBe('native');
    expect(made).toEqual([{ formats: ['qr_code'] }]);
    expect(await reader.read(document.createElement('video'))).toBe('K7Q4FX');
  });

  it('answers null for a frame without a code', async () => {
    detectorReading(null);
    const reader = await createCodeReader();
    expect(await reader.read(document.createElement('video'))).toBeNull();
  });

  it('falls back to jsQR when the detector cannot read QR codes, or there is none', async () => {
    // jsdom draws nothing: no 2D context (a browser has one).
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    detectorReading('K7Q4FX', ['ean_13']);
    expect((await createCodeReader()).kind).toBe('jsqr');
    vi.unstubAllGlobals();
    const reader = await createCodeReader();
    expect(reader.kind).toBe('jsqr');
    // A video that has not started yet has no frame to read.
    expect(await reader.read(document.createElement('video'))).toBeNull();
  });

  it('reads typed codes as stored: capitals, without spaces or dashes', () => {
    expect(normaliseCode(' k7q 4-fx ')).toBe('K7Q4FX');
  });
});
