// Files (API.md "Public portal, showcase, files and opportunities"): logos, product photos,
// documents and outcome evidence. The type is read from the content; images are re-encoded.
import { z } from 'zod';
import { IdParams } from './primitives.js';

export const FILE_PURPOSES = ['logo', 'photo', 'document', 'evidence'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];
export const FilePurposeSchema = z.enum(FILE_PURPOSES).meta({ id: 'FilePurpose' });

/** Largest upload accepted (413 beyond). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** What each purpose accepts, judged from the bytes (never the name or the declared type). */
export const ACCEPTED_TYPES: Record<FilePurpose, readonly string[]> = {
  logo: IMAGE_TYPES,
  photo: IMAGE_TYPES,
  document: [...IMAGE_TYPES, 'application/pdf'],
  evidence: [...IMAGE_TYPES, 'application/pdf'],
};

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
