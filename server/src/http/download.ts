// File answers (CSV exports, calendar files): the headers that make a browser save the file under
// its name, with non-ASCII names spelled out per RFC 6266, and never cache it.
import type { Response } from 'express';

/** Writes the file as the whole answer (200); returns undefined so a handler can `return sendFile(…)`. */
export function sendFile(res: Response, file: { contentType: string; filename: string; body: string }): undefined {
  const { contentType, filename, body } = file;
  res.setHeader('Content-Type', `${contentType}; charset=utf-8`);
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  res.setHeader('Cache-Control', 'no-store');
  res.status(200).send(body);
  return undefined;
}
