// Reading one multipart/form-data upload (a `file` part and a `purpose` field) with busboy, a
// streaming parser: the file is held in memory only up to the size limit, and a larger one is
// refused (413) as soon as the limit is crossed, without reading it whole into memory.
import type { Request } from 'express';
import busboy from 'busboy';
import { cleanText } from '@ketnoi/contract';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../../lib/errors.js';

export interface Upload {
  purpose: string | undefined;
  name: string;
  data: Buffer;
}

/** Room for the multipart framing and the purpose field around the file itself. */
const FRAMING_BYTES = 64 * 1024;

/**
 * Control characters and the text-direction embeddings, overrides and isolates that stored text
 * refuses (contract primitives.ts): a name holding U+202E shows "hoadon\u202Efdp.exe" as
 * "hoadonexe.pdf". A file name comes from the sender's system, so they are removed, not refused.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The last path segment, without control or invisible characters, NFC, at most 200 characters. */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = cleanText(base.replace(CONTROL, '')).slice(0, 200);
  return clean || 'file';
}

export function readUpload(req: Request, maxBytes: number): Promise<Upload> {
  const limitText = `${Math.round(maxBytes / 1024 / 1024)} MB`;
  if (!req.is('multipart/form-data')) {
    return Promise.reject(new UnsupportedMediaTypeError('Send the file as multipart/form-data with the fields file and purpose.'));
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + FRAMING_BYTES) {
    return Promise.reject(new PayloadTooLargeError(limitText));
  }
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        // busboy reports the limit as soon as a file reaches it: one byte more lets a file of
        // exactly maxBytes through ("at most 5 MB") and still stops the first byte beyond. A second
        // file part is let in only to be named in the refusal (drained, not kept).
        limits: { fileSize: maxBytes + 1, files: 2, fields: 4, fieldSize: 200, parts: 6 },
      });
    } catch {
      reject(new ValidationError('The multipart body is malformed.', [{ path: '(body)', message: 'no multipart boundary' }]));
      return;
    }
    let purpose: string | undefined;
    const received: { name: string; chunks: Buffer[] }[] = [];
    let tooLarge = false;
    let failure: Error | null = null;
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      const file = received[0];
      if (error) reject(error);
      else if (!file) reject(new ValidationError('Choose a file to upload.', [{ path: 'file', message: 'required' }]));
      else resolve({ purpose, name: file.name, data: Buffer.concat(file.chunks) });
    };
    // As for JSON bodies, a part the endpoint does not know is refused (400), not ignored.
    const unknown = (name: string) => {
      failure ??= new ValidationError(`Unknown field "${name}": send only file and purpose.`, [{ path: name, message: 'unknown field' }]);
    };
    parser.on('field', (name, value) => {
      if (name !== 'purpose') unknown(name);
      else if (purpose !== undefined)
        failure ??= new ValidationError('Send the purpose once.', [{ path: 'purpose', message: 'given more than once' }]);
      else purpose = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file') unknown(name);
      else if (received.length > 0)
        failure ??= new ValidationError('Send one file at a time.', [{ path: 'file', message: 'given more than once' }]);
      if (name !== 'file' || received.length > 0) {
        stream.resume(); // drained, never kept
        return;
      }
      const current = { name: cleanFileName(info.filename), chunks: [] as Buffer[] };
      received.push(current);
      stream.on('data', (chunk: Buffer) => {
        if (!tooLarge) current.chunks.push(chunk);
      });
      stream.on('limit', () => {
        tooLarge = true;
        current.chunks = [];
      });
    });
    const tooMany = () => {
      failure ??= new ValidationError('Send one file and the purpose field only.', [{ path: '(body)', message: 'too many parts' }]);
    };
    parser.on('partsLimit', tooMany);
    parser.on('filesLimit', tooMany);
    parser.on('fieldsLimit', tooMany);
    parser.on('error', () =>
      settle(new ValidationError('The multipart body is malformed or incomplete.', [{ path: '(body)', message: 'malformed multipart' }])),
    );
    parser.on('close', () => settle(tooLarge ? new PayloadTooLargeError(limitText) : failure));
    req.pipe(parser);
  });
}
