// Phone photos are often 4–12 MB, over the 5 MB upload limit, and a founder on a phone has no way
// to compress one. The server keeps images at most 1600 px wide (WebP) anyway, so a large photo is
// scaled down here first: under the limit, and far less to send over a provincial 4G link.

/** The long side a photo is scaled to: above the server's 1600 px, so its own re-encoding decides. */
export const SHRINK_TO_PX = 2048;
/** Smaller images go as they are: decoding and re-encoding would cost more than it saves. */
export const SHRINK_FROM_BYTES = 1.5 * 1024 * 1024;

const RASTER_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** Whether `file` is worth scaling down in the browser before upload. */
export function shouldShrink(file: Pick<File, 'type' | 'size'>): boolean {
  return RASTER_TYPES.has(file.type) && file.size > SHRINK_FROM_BYTES;
}

/** The size `width`×`height` takes when its long side is brought down to `max` (never enlarged). */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * `file` scaled down to SHRINK_TO_PX as a JPEG (a PNG stays PNG, for a logo's transparency), upright
 * from its EXIF orientation. Any failure (an old browser, an undecodable file) returns the original:
 * the server's answer then says what is wrong.
 */
export async function shrinkImage(file: File): Promise<File> {
  if (!shouldShrink(file) || typeof createImageBitmap !== 'function') return file;
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const size = fitWithin(bitmap.width, bitmap.height, SHRINK_TO_PX);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) return file;
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    bitmap.close();
    const type = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.88));
    if (!blob || blob.size >= file.size) return file;
    const name = type === 'image/jpeg' ? file.name.replace(/\.(png|webp|jpe?g)$/i, '') + '.jpg' : file.name;
    return new File([blob], name, { type, lastModified: file.lastModified });
  } catch {
    return file;
  }
}
