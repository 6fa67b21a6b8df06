// A founder adds a photo straight from a phone's camera: 12-megapixel photos weigh more than the
// 5 MB upload limit, and a phone offers no way to compress one. The page scales it down before
// sending (client/src/lib/shrinkImage.ts), so the upload goes through, small, and stays upright.
import { describe, expect, it } from 'vitest';
import { PHONE } from '../lib/browser.js';
import { useBrowser } from '../lib/pages.js';
import { DEMO_PASSWORD, signIn } from '../lib/flows.js';

const FOUNDER = 'mat-ong-chi-lang@demo.ketnoi.vn';
const LIMIT = 5 * 1024 * 1024;

describe('a camera photo from a phone', () => {
  const pages = useBrowser();

  it('is scaled down in the browser and accepted, where it was refused as over 5 MB', async () => {
    const { page, pageErrors } = await pages.open(PHONE);
    await signIn(page, FOUNDER, DEMO_PASSWORD);
    await page.goto('/profile');
    const logo = page.getByLabel(/^(Tải logo lên|Đổi logo)$/);
    await logo.waitFor({ state: 'attached' });

    // A 4032 × 3024 photo of noise at full quality: well over the limit, as a real one often is.
    const base64 = await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 4032;
      canvas.height = 3024;
      const context = canvas.getContext('2d')!;
      const pixels = context.createImageData(canvas.width, canvas.height);
      let seed = 7;
      for (let i = 0; i < pixels.data.length; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        pixels.data[i] = i % 4 === 3 ? 255 : seed & 0xff;
      }
      context.putImageData(pixels, 0, 0);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 1));
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    });
    const photo = Buffer.from(base64, 'base64');
    expect(photo.length).toBeGreaterThan(LIMIT);

    const sent = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/files');
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/files');
    await logo.setInputFiles({ name: 'IMG_20261207_0930.jpg', mimeType: 'image/jpeg', buffer: photo });
    const request = await sent;
    const response = await answered;
    expect(response.status()).toBe(201);
    expect((await request.sizes()).requestBodySize).toBeLessThan(LIMIT);
    const stored = (await response.json()) as { name: string; type: string; purpose: string };
    expect(stored).toMatchObject({ purpose: 'logo', type: 'image/webp', name: 'IMG_20261207_0930.jpg' });
    await expect.poll(() => page.getByText('Tệp lớn hơn 5 MB').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
