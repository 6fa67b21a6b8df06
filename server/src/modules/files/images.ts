// Images are re-encoded for phones with sharp: turned upright from their EXIF orientation, at
// most 1600 px on the long side, plus a 400 px copy for lists, both WebP. Re-encoding writes no
// metadata (sharp keeps none unless asked), so EXIF with GPS positions, camera serials and
// embedded thumbnails never reaches anyone, and bytes appended to an image do not survive.
import sharp from 'sharp';
import { UnsupportedMediaTypeError } from '../../lib/errors.js';

export const LARGE_PX = 1600;
export const SMALL_PX = 400;
/** A 5 MB PNG can declare enormous dimensions (a decompression bomb); 50 megapixels is plenty for a photo. */
const MAX_INPUT_PIXELS = 50_000_000;

export interface Rendered {
  data: Buffer;
  width: number;
  height: number;
}

async function render(input: Buffer, px: number, quality: number): Promise<Rendered> {
  const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
    .rotate()
    .resize({ width: px, height: px, fit: 'inside', withoutEnlargement: true })
    .webp({ quality })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

export async function renderImage(input: Buffer): Promise<{ large: Rendered; small: Rendered }> {
  try {
    const [large, small] = await Promise.all([render(input, LARGE_PX, 82), render(input, SMALL_PX, 75)]);
    return { large, small };
  } catch {
    throw new UnsupportedMediaTypeError(
      'The image could not be read (damaged, or too large in pixels). (Không đọc được ảnh: ảnh hỏng hoặc quá lớn.)',
    );
  }
}
