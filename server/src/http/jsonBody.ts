// JSON request bodies: express.json, with what it cannot tell a client in the contract's words
// (an unknown or corrupt Content-Encoding, an unsupported charset) turned into 4xx errors, and a
// bound on nesting, since code that walks a body recursively would overflow the stack on
// `[[[[…]]]]` thousands deep (a 1 MB body can nest 500,000 levels). JSON is UTF-8 (RFC 8259):
// bytes that are not (a body written in Windows-1258, say) are refused, where the decoder would
// quietly turn them into U+FFFD and the replacement characters would be stored.
import { isUtf8 } from 'node:buffer';
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
  /** The text that did not parse (body-parser keeps it on parse errors). */
  body?: unknown;
}

/** What a body that express.json refused to parse is told: not JSON, or JSON but not an object. */
export function unparsedBody(error: { body?: unknown }): ValidationError {
  let scalar = false;
  try {
    scalar = typeof error.body === 'string' && JSON.parse(error.body) !== undefined;
  } catch {
    // not JSON at all
  }
  return scalar
    ? new ValidationError('The request body must be a JSON object.', [{ path: '(body)', message: 'expected an object' }])
    : new ValidationError('The request body is not valid JSON.', [{ path: '(body)', message: 'malformed JSON' }]);
}

const NOT_UTF8 = 'body.not_utf8';

export function jsonBody(limit: string): RequestHandler {
  const parse = express.json({
    limit,
    strict: true,
    // Runs on the decompressed bytes; other charsets than utf-8 are refused (or read) by the parser.
    verify: (_req, _res, bytes, encoding) => {
      if (encoding.toLowerCase() === 'utf-8' && !isUtf8(bytes)) throw Object.assign(new Error('not UTF-8'), { type: NOT_UTF8 });
    },
  });
  return (req, res, next) => {
    parse(req, res, (error?: unknown) => {
      if (error) {
        const { type, status } = error as BodyParserError;
        if (type === 'entity.too.large') return next(new PayloadTooLargeError(limit));
        if (type === 'entity.parse.failed') return next(unparsedBody(error as BodyParserError));
        if (type === 'encoding.unsupported')
          return next(new UnsupportedMediaTypeError('Send the request body uncompressed, or with Content-Encoding gzip, deflate or br.'));
        if (type === NOT_UTF8)
          return next(new ValidationError('The request body is not valid UTF-8.', [{ path: '(body)', message: 'not UTF-8' }]));
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
