// Files (API.md "Public portal, showcase, files and opportunities"): logos, product photos,
// documents and outcome evidence. The type is read from the content; images are re-encoded.
import { z } from 'zod';
import { FILE_PURPOSES, MAX_FILE_BYTES } from './codes.js';
import { IdParams } from './primitives.js';

export const FilePurposeSchema = z.enum(FILE_PURPOSES).meta({ id: 'FilePurpose' });

/** The multipart body of POST /api/files, as documented (the server reads it with a streaming parser). */
export const UploadFileBody = z
  .strictObject({
    file: z.string().meta({ format: 'binary', description: `At most ${MAX_FILE_BYTES / 1024 / 1024} MB` }),
    purpose: FilePurposeSchema,
  })
  .meta({ id: 'UploadFileRequest' });

export const FileParams = IdParams;
export const FileQuery = z.strictObject({
  variant: z.enum(['small']).optional().meta({ description: 'Images: a 400 px copy for lists' }),
});

export const FileOutput = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    type: z.string().meta({ description: 'Media type read from the content (images are stored as image/webp)' }),
    size: z.number().int(),
    purpose: FilePurposeSchema,
    url: z.string(),
    smallUrl: z.string().optional().meta({ description: 'Images: the 400 px copy' }),
    width: z.number().int().optional(),
    height: z.number().int().optional(),
    createdAt: z.string(),
  })
  .meta({ id: 'File' });

export type FileInfo = z.output<typeof FileOutput>;
export type FileParams = z.input<typeof FileParams>;
