// How much one account may upload in 24 hours. Files nothing names are swept a day after upload
// (FilesService.cleanup), so without a limit a script with one account could fill the disk within
// that day. Counted over the account's files of the last 24 hours that are still stored (a file
// deleted at once frees its room): at most MAX_UPLOADS_PER_DAY files and MAX_UPLOAD_BYTES_PER_DAY
// bytes — ten full-size documents, far more than a profile, its products and outcomes need.
import { DAY_MS } from '../../lib/clock.js';
import { RateLimitedError } from '../../lib/errors.js';
import type { FileDoc } from './repository.js';

export const MAX_UPLOADS_PER_DAY = 50;
export const MAX_UPLOAD_BYTES_PER_DAY = 50 * 1024 * 1024;

/** What a file takes in the blob store (an image's small copy included). */
export const storedBytes = (f: Pick<FileDoc, 'size' | 'small'>) => f.size + (f.small?.size ?? 0);

/**
 * Refuse (429 with Retry-After) an upload of `incoming` bytes when `recent` (the uploader's files
 * created after `now` − 24 h) leave no room; the wait is until enough of them are a day old.
 */
export function assertUploadRoom(recent: readonly FileDoc[], incoming: number, now: Date): void {
  const oldestFirst = [...recent].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  let count = oldestFirst.length;
  let bytes = oldestFirst.reduce((sum, f) => sum + storedBytes(f), 0);
  if (count < MAX_UPLOADS_PER_DAY && bytes + incoming <= MAX_UPLOAD_BYTES_PER_DAY) return;
  let freeAt = now.getTime() + DAY_MS;
  for (const file of oldestFirst) {
    count--;
    bytes -= storedBytes(file);
    if (count < MAX_UPLOADS_PER_DAY && bytes + incoming <= MAX_UPLOAD_BYTES_PER_DAY) {
      freeAt = Date.parse(file.createdAt) + DAY_MS;
      break;
    }
  }
  throw new RateLimitedError(
    `You can upload at most ${MAX_UPLOADS_PER_DAY} files or ${MAX_UPLOAD_BYTES_PER_DAY / 1024 / 1024} MB a day. Try again later.`,
    Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)),
  );
}
