// What a file is, read from its bytes (file-type's magic-number tables): the name and the
// declared Content-Type are the sender's claims and decide nothing. Text formats (SVG, HTML,
// scripts) have no magic number, so they are never recognised and always refused.
import type { FilePurpose } from '@ketnoi/contract';
import { ACCEPTED_TYPES } from '@ketnoi/contract';
import { fileTypeFromBuffer } from 'file-type';
import { UnsupportedMediaTypeError } from '../../lib/errors.js';

const LABELS: Record<string, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/webp': 'WebP', 'application/pdf': 'PDF' };

/** The media type of `data` if `purpose` accepts it; 415 otherwise. */
export async function acceptedType(data: Buffer, purpose: FilePurpose): Promise<string> {
  const detected = data.length > 0 ? await fileTypeFromBuffer(data) : undefined;
  const accepted = ACCEPTED_TYPES[purpose];
  if (detected && accepted.includes(detected.mime)) return detected.mime;
  const allowed = accepted.map((t) => LABELS[t] ?? t).join(', ');
  throw new UnsupportedMediaTypeError(
    `${detected ? `A ${detected.ext.toUpperCase()} file` : 'This file'} cannot be a ${purpose}: use ${allowed}. ` +
      `(Tệp này không dùng được làm ${purpose}: hãy dùng ${allowed}.)`,
  );
}

export const isImageType = (type: string) => type.startsWith('image/');
