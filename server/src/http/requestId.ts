import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';

const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;
// Unique per process start + a counter: as good as a UUID for correlating logs, far cheaper.
const PREFIX = randomBytes(6).toString('base64url');
let counter = 0;

/** Every request gets an id (a proxy's X-Request-Id is kept when it looks sane), echoed back and logged. */
export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : `${PREFIX}-${(++counter).toString(36)}`;
  (req as unknown as { id: string }).id = id;
  res.setHeader('X-Request-Id', id);
  next();
};
