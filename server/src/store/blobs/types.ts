// The blob port: file contents (logos, photos, documents, evidence) kept by id beside the Store,
// which holds what is known about each file (owner, purpose, type). Two engines pass the same
// contract suite (contract/): DATA_DIR/files/ next to the embedded store, and GridFS on MongoDB.
//
// Conventions every engine honours:
// - Ids are chosen by the application: 1..100 characters of [A-Za-z0-9_.-], not starting with a dot.
// - A blob is written once: `put` of an id that exists throws BlobExistsError and leaves it as it was.
//   Every upload gets a fresh id, so one id is never written by two callers at once.
// - A blob is either there whole or not at all: readers never see a half-written one.
// - Blobs live outside store transactions. Write the blob before the document that names it and
//   delete it after the document is gone; a crash in between leaves an orphan that `list` finds.
import type { Readable } from 'node:stream';

export type BlobEngineName = 'filesystem' | 'gridfs';

export interface BlobInfo {
  id: string;
  size: number;
  createdAt: Date;
}

export interface OpenBlob {
  size: number;
  stream: Readable;
}

export interface BlobStore {
  readonly engine: BlobEngineName;
  /** Store `data` under `id`; resolves once it is durable. */
  put(id: string, data: Buffer | Readable): Promise<void>;
  /** A stream of the blob's bytes, or null when there is no such blob. */
  open(id: string): Promise<OpenBlob | null>;
  /** Remove the blob; false when there was none. */
  delete(id: string): Promise<boolean>;
  /** Every blob (order unspecified): what the clean-up walks to find orphans. */
  list(): AsyncIterable<BlobInfo>;
  close(): Promise<void>;
}

export class BlobExistsError extends Error {
  constructor(readonly id: string) {
    super(`blob ${id} already exists`);
    this.name = 'BlobExistsError';
  }
}

const BLOB_ID = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}$/;

/** Ids become file names on one engine: refuse anything that could leave the folder. */
export function assertBlobId(id: string): void {
  if (!BLOB_ID.test(id)) throw new Error(`invalid blob id ${JSON.stringify(id)}`);
}
