// The files endpoints: what the API promises (server/src/modules/files implements them).
import { z } from 'zod';
import { endpoint, errorResponses } from '../endpoint.js';
import { MAX_FILE_BYTES } from '../codes.js';
import { FileOutput, FileParams, FileQuery, UploadFileBody } from '../files.js';

export const filesEndpoints = {
  upload: endpoint({
    method: 'post',
    path: '/files',
    summary: 'Upload a logo, product photo, document or evidence (multipart/form-data: file, purpose)',
    description:
      `At most ${MAX_FILE_BYTES / 1024 / 1024} MB (413). The type is read from the content: PNG, JPEG or WebP for logo and photo, ` +
      'also PDF for document and evidence; anything else (SVG, HTML, scripts…) is 415. Images are re-encoded as WebP ' +
      '(at most 1600 px, plus a 400 px copy at smallUrl) without any metadata. Name the file in a profile or an outcome ' +
      'within a day, or it is deleted. One account may store at most 50 files and 50 MB uploaded in any 24 hours (429 with ' +
      'Retry-After; deleting a file makes room).',
    tags: ['files'],
    auth: 'user',
    docBody: UploadFileBody,
    docBodyType: 'multipart/form-data',
    responses: { 201: { description: 'Stored', schema: FileOutput }, ...errorResponses(400, 401, 403, 413, 415, 429) },
  }),

  download: endpoint({
    method: 'get',
    path: '/files/:id',
    summary: 'A file’s bytes, for those who may open it (404 for everyone else)',
    description:
      'Logos and photos of a visible profile: anyone. Documents: the uploader, staff of the province, admins and profiles ' +
      'connected by an accepted introduction. Evidence: the consultation’s two sides, staff and admins. Sent with its stored ' +
      'type and `X-Content-Type-Options: nosniff`; documents and evidence as attachments.',
    tags: ['files'],
    auth: 'public',
    request: { params: FileParams, query: FileQuery },
    responses: {
      200: { description: 'The bytes', contentType: 'application/octet-stream', schema: z.string().meta({ format: 'binary' }) },
      304: { description: 'Not modified (If-None-Match)' },
      ...errorResponses(404),
    },
  }),

  remove: endpoint({
    method: 'delete',
    path: '/files/:id',
    summary: 'Delete a file you uploaded (it also leaves the profile or outcome that showed it)',
    tags: ['files'],
    auth: 'user',
    request: { params: FileParams },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
  }),
};
