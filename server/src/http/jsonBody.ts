// JSON request bodies: express.json, with what it cannot tell a client in the contract's words
// (an unknown or corrupt Content-Encoding, an unsupported charset) turned into 4xx errors, and a
// bound on nesting, since code that walks a body recursively would overflow the stack on
// `[[[[…]]]]` thousands deep (a 1 MB body can nest 500,000 levels).
import express, { type RequestHandler } from 'express';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../lib/errors.js';

/** Deeper than any body the API accepts (profiles nest four levels). */
export const MAX_JSON_DEPTH = 32;

/** Whether `value` nests deeper than `max` arrays/objects; iterative, so any depth is safe to ask about. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(current)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

interface BodyParserError {
  type?: string;
  status?: number;
}

export function jsonBody(limit: string): RequestHandler {
  const parse = express.json({ limit, strict: true });
  return (req, res, next) => {
    parse(req, res, (error?: unknown) => {
      if (error) {
        const { type, status } = error as BodyParserError;
        if (type === 'entity.too.large') return next(new PayloadTooLargeError(limit));
        if (type === 'entity.parse.failed')
          return next(new ValidationError('The request body is not valid JSON.', [{ path: '(body)', message: 'malformed JSON' }]));
        if (type === 'encoding.unsupported')
          return next(new UnsupportedMediaTypeError('Send the request body uncompressed, or with Content-Encoding gzip, deflate or br.'));
        if (type === 'charset.unsupported') return next(new UnsupportedMediaTypeError('Send the request body as UTF-8 JSON.'));
        if (status === 400) {
          // The body stream failed: a compressed body that does not decompress, or a client that hung up.
          const encoding = req.headers['content-encoding'];
          return next(
            encoding && encoding !== 'identity'
              ? new ValidationError(`The request body is not valid ${encoding} data, as its Content-Encoding says.`, [
                  { path: '(body)', message: 'corrupt compressed body' },
                ])
              : new ValidationError('The request body could not be read.'),
          );
        }
        return next(error);
      }
      if (nestsDeeperThan(req.body, MAX_JSON_DEPTH)) {
        return next(
          new ValidationError(`The request body nests more than ${MAX_JSON_DEPTH} levels deep.`, [
            { path: '(body)', message: 'nested too deeply' },
          ]),
        );
      }
      next();
    });
  };
}
