// Uploading, opening, deleting and cleaning up files. Bytes go to the blob store before the
// document that describes them is committed, and leave it after that document is gone; the
// clean-up removes what a crash left between the two.
import type { Readable } from 'node:stream';
import { FilePurposeSchema, MAX_FILE_BYTES } from '@ketnoi/contract';
import type { AuthUser } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import { DAY_MS, HOUR_MS } from '../../lib/clock.js';
import { ForbiddenError, NotFoundError, PayloadTooLargeError, ValidationError } from '../../lib/errors.js';
import type { EventBus } from '../../lib/events.js';
import { newId } from '../../lib/ids.js';
import type { Logger } from '../../lib/logger.js';
import type { BlobStore } from '../../store/blobs/types.js';
import { guardKeys, WriteGuards } from '../../store/guards.js';
import type { Store } from '../../store/types.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { FileHolders } from './holders.js';
import { renderImage } from './images.js';
import { assertUploadRoom, storedBytes } from './quota.js';
import type { FileAccess, FileLookups } from './policy.js';
import { fileAccess } from './policy.js';
import type { FileDoc, FilesRepository } from './repository.js';
import { smallBlobId } from './repository.js';
import { acceptedType, isImageType } from './sniff.js';
import type { Upload } from './upload.js';

/** Files nothing names are deleted once they are this old (time to save the profile that uses them). */
export const UNUSED_FILE_TTL_MS = 24 * HOUR_MS;
const CLEANUP_BATCH = 200;

export interface OpenedFile {
  file: FileDoc;
  type: string;
  size: number;
  stream: Readable;
  access: Extract<FileAccess, { allowed: true }>;
}

export interface FilesServiceDeps {
  store: Store;
  files: FilesRepository;
  blobs: BlobStore;
  holders: FileHolders;
  profiles: ProfilesRepository;
  lookups: Omit<FileLookups, 'profilesNaming' | 'consultationsNaming' | 'profileOfUser'>;
  events: EventBus;
  clock: Clock;
  logger: Logger;
}

export class FilesService {
  private readonly lookups: FileLookups;
  private readonly guards: WriteGuards;

  constructor(private readonly d: FilesServiceDeps) {
    this.guards = new WriteGuards(d.store);
    this.lookups = {
      ...d.lookups,
      profilesNaming: (id) => d.holders.profilesNaming(id),
      consultationsNaming: (id) => d.holders.consultationsNaming(id),
      profileOfUser: (userId) => d.profiles.findByUserId(userId),
    };
  }

  async upload(user: AuthUser, upload: Upload): Promise<FileDoc> {
    const purpose = FilePurposeSchema.safeParse(upload.purpose);
    if (!purpose.success) {
      throw new ValidationError('Say what the file is for.', [{ path: 'purpose', message: 'one of logo, photo, document, evidence' }]);
    }
    if (upload.data.length > MAX_FILE_BYTES) throw new PayloadTooLargeError(`${MAX_FILE_BYTES / 1024 / 1024} MB`);
    const type = await acceptedType(upload.data, purpose.data);
    // Checked before the work of storing it, and again with the document's insert in the
    // uploader's turn, so parallel uploads of one account cannot all pass the first check.
    await this.assertUploadRoom(user.id, upload.data.length);
    const own = await this.d.profiles.findByUserId(user.id);
    const id = newId();
    const now = this.d.clock.now().toISOString();
    const doc: FileDoc = {
      _id: id,
      ownerId: user.id,
      province: own?.province ?? user.province ?? null,
      purpose: purpose.data,
      name: upload.name,
      type,
      size: upload.data.length,
      attachedAt: null,
      createdAt: now,
    };
    const written: string[] = [];
    try {
      if (isImageType(type)) {
        const { large, small } = await renderImage(upload.data);
        Object.assign(doc, { type: 'image/webp', size: large.data.length, width: large.width, height: large.height });
        doc.small = { size: small.data.length, width: small.width, height: small.height };
        await this.d.blobs.put(id, large.data);
        written.push(id);
        await this.d.blobs.put(smallBlobId(id), small.data);
        written.push(smallBlobId(id));
      } else {
        await this.d.blobs.put(id, upload.data);
        written.push(id);
      }
      await this.guards.serialise([guardKeys.uploads(user.id)], async () => {
        await this.assertUploadRoom(user.id, storedBytes(doc));
        await this.d.files.insert(doc);
      });
    } catch (error) {
      await this.deleteBlobs(written);
      throw error;
    }
    this.d.events.publish('file.uploaded', { fileId: id, purpose: doc.purpose, by: user.id });
    return doc;
  }

  /** The file's bytes for `viewer`, or 404 when there is no such file or they may not open it. */
  async open(viewer: AuthUser | null, id: string, variant: 'small' | undefined): Promise<OpenedFile> {
    const file = await this.d.files.findById(id);
    if (!file) throw new NotFoundError('File');
    const access = await this.accessOf(viewer, file);
    if (!access.allowed) throw new NotFoundError('File');
    if (variant === 'small' && !file.small) throw new NotFoundError('File');
    const blob = await this.d.blobs.open(variant === 'small' ? smallBlobId(id) : id);
    if (!blob) throw new NotFoundError('File');
    return { file, type: file.type, size: blob.size, stream: blob.stream, access };
  }

  /** The uploader deletes a file; it also leaves every profile and consultation that named it. */
  async remove(user: AuthUser, id: string): Promise<void> {
    const file = await this.d.files.findById(id);
    if (!file) throw new NotFoundError('File');
    if (file.ownerId !== user.id) {
      if ((await this.accessOf(user, file)).allowed) throw new ForbiddenError('Only the person who uploaded a file can delete it.');
      throw new NotFoundError('File');
    }
    const deleted = await this.d.store.withTransaction(async () => {
      await this.d.holders.forget(file);
      return this.d.files.delete(id);
    });
    if (!deleted) throw new NotFoundError('File');
    await this.deleteBlobs([id, smallBlobId(id)]);
    this.d.events.publish('file.deleted', { fileId: id, purpose: file.purpose, by: user.id });
  }

  /**
   * The clean-up job: files older than a day that no profile or consultation names, and blobs
   * without a document (a crash between writing the bytes and committing the document).
   */
  async cleanup(): Promise<{ files: number; orphans: number }> {
    const cutoff = new Date(this.d.clock.now().getTime() - UNUSED_FILE_TTL_MS).toISOString();
    let files = 0;
    let after = '';
    for (;;) {
      const batch = await this.d.files.find(
        { createdAt: { $lte: cutoff }, ...(after ? { _id: { $gt: after } } : {}) },
        { sort: { _id: 1 }, limit: CLEANUP_BATCH },
      );
      if (batch.length === 0) break;
      after = batch[batch.length - 1]!._id;
      const named = await this.d.holders.namedAmong(batch.map((f) => f._id));
      for (const file of batch) {
        if (named.has(file._id)) continue;
        // Checked again inside the transaction: a profile may have named it since.
        const gone = await this.d.store.withTransaction(async () =>
          (await this.d.holders.namedAmong([file._id])).size > 0 ? false : this.d.files.delete(file._id),
        );
        if (!gone) continue;
        await this.deleteBlobs([file._id, smallBlobId(file._id)]);
        this.d.events.publish('file.deleted', { fileId: file._id, purpose: file.purpose, by: 'system' });
        files++;
      }
    }
    return { files, orphans: await this.deleteOrphanBlobs(cutoff) };
  }

  private async deleteOrphanBlobs(cutoff: string): Promise<number> {
    const old: string[] = [];
    for await (const blob of this.d.blobs.list()) if (blob.createdAt.toISOString() <= cutoff) old.push(blob.id);
    let orphans = 0;
    for (let i = 0; i < old.length; i += CLEANUP_BATCH) {
      const ids = old.slice(i, i + CLEANUP_BATCH);
      const fileIds = [...new Set(ids.map((b) => b.replace(/\.small$/, '')))];
      const known = new Set((await this.d.files.findMany(fileIds)).map((f) => f._id));
      for (const blobId of ids) {
        if (known.has(blobId.replace(/\.small$/, ''))) continue;
        if (await this.d.blobs.delete(blobId)) orphans++;
      }
    }
    return orphans;
  }

  private async assertUploadRoom(ownerId: string, incoming: number): Promise<void> {
    const now = this.d.clock.now();
    const since = new Date(now.getTime() - DAY_MS).toISOString();
    assertUploadRoom(await this.d.files.find({ ownerId, createdAt: { $gt: since } }), incoming, now);
  }

  private async accessOf(viewer: AuthUser | null, file: FileDoc): Promise<FileAccess> {
    const own = viewer ? await this.d.profiles.findByUserId(viewer.id) : null;
    return fileAccess({ user: viewer, profileId: own?._id ?? null }, file, this.lookups);
  }

  private async deleteBlobs(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      // A blob that cannot be deleted now is an orphan the clean-up finds later.
      await this.d.blobs.delete(id).catch((error: unknown) => this.d.logger.warn({ err: error, blobId: id }, 'blob delete failed'));
    }
  }
}
