// Where files are named: a profile's logo, product photos and documents, a consultation outcome's
// evidence. A writer that names a file checks, inside its own transaction, that the file exists,
// has the purpose its place needs and was uploaded by someone entitled to use it, and touches it
// (attachedAt): on MongoDB that write conflicts with a clean-up deleting the file at the same
// moment, so one of the two retries and sees the other.
import type { FilePurpose } from '@ketnoi/contract';
import type { Clock } from '../../lib/clock.js';
import { ValidationError } from '../../lib/errors.js';
import type { FieldIssue } from '../../lib/errors.js';
import type { ProfileDoc } from '../profiles/repository.js';
import type { FilesRepository } from './repository.js';

export interface FileRef {
  /** Where the id sits in the request body, for the 400's details. */
  path: string;
  fileId: string;
  purpose: FilePurpose;
}

type ProfileFiles = Pick<ProfileDoc, 'logoFileId' | 'documents' | 'products'>;

export function profileFileRefs(doc: Partial<ProfileFiles> | null | undefined): FileRef[] {
  if (!doc) return [];
  const refs: FileRef[] = [];
  if (doc.logoFileId) refs.push({ path: 'logoFileId', fileId: doc.logoFileId, purpose: 'logo' });
  doc.documents?.forEach((d, i) => refs.push({ path: `documents.${i}.fileId`, fileId: d.fileId, purpose: 'document' }));
  doc.products?.forEach((p, i) =>
    p.photoFileIds?.forEach((id, j) => refs.push({ path: `products.${i}.photoFileIds.${j}`, fileId: id, purpose: 'photo' })),
  );
  return refs;
}

export function evidenceFileRefs(ids: readonly string[] | undefined): FileRef[] {
  return (ids ?? []).map((fileId, i) => ({ path: `outcome.evidenceFileIds.${i}`, fileId, purpose: 'evidence' as const }));
}

export class FileReferences {
  constructor(
    private readonly files: FilesRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Call inside the writer's transaction with what the document names now and named before:
   * every newly named file must exist, have the place's purpose and have been uploaded by one of
   * `uploaders` (the writer, or the profile's owner when staff edit it). 400 otherwise.
   */
  async attach(now: readonly FileRef[], before: readonly FileRef[], uploaders: readonly string[]): Promise<void> {
    // Known by file and place: a file already named as a document is new where a logo is named, so
    // its purpose is checked there (a PDF is no logo, and a photo named as a document would be public).
    const placed = (r: FileRef) => `${r.fileId}|${r.purpose}`;
    const known = new Set(before.map(placed));
    const added = now.filter((r) => !known.has(placed(r)));
    if (added.length === 0) return;
    const ids = [...new Set(added.map((r) => r.fileId))];
    const found = new Map((await this.files.findMany(ids)).map((f) => [f._id, f]));
    const issues: FieldIssue[] = [];
    for (const ref of added) {
      const file = found.get(ref.fileId);
      if (!file || !uploaders.includes(file.ownerId)) {
        issues.push({
          path: ref.path,
          message: `No file ${ref.fileId} of yours: upload it first (POST /api/files).`,
          code: 'unknown_file',
        });
      } else if (file.purpose !== ref.purpose) {
        issues.push({
          path: ref.path,
          message: `This file was uploaded as a ${file.purpose}; upload it as a ${ref.purpose}.`,
          code: 'wrong_purpose',
        });
      }
    }
    if (issues.length) throw new ValidationError('Some files cannot be used here. (Có tệp không dùng được ở đây.)', issues);
    const touched = await this.files.touch(ids, this.clock.now().toISOString());
    if (touched !== ids.length)
      throw new ValidationError('A file was deleted just now; upload it again.', [{ path: added[0]!.path, message: 'deleted' }]);
  }
}
