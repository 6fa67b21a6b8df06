import type { Statement } from 'better-sqlite3';
import type { Options as MingoOptions } from 'mingo/types';
import type { Doc } from '../types.js';
import type { IndexSet } from './indexes.js';

export interface StagedChange {
  doc: Doc;
  json: string;
}

/** The staged writes of one transaction: collection → _id → new version (null = deleted). */
export class TxState {
  readonly changes = new Map<string, Map<string, StagedChange | null>>();
  /** collection → unique index name → key → owning _id, for keys written in this transaction. */
  readonly stagedUnique = new Map<string, Map<string, Map<string, string>>>();
  readonly afterCommit: Array<() => void> = [];
  closed = false;
}

export interface CollectionState {
  readonly name: string;
  readonly docs: Map<string, Doc>;
  readonly indexes: IndexSet;
  readonly upsert: Statement<[string, string]>;
  readonly remove: Statement<[string]>;
}

/** What collections need from the engine. */
export interface EmbeddedEngineInternals {
  readonly mingoOptions: Partial<MingoOptions>;
  assertOpen(): void;
  currentTx(): TxState | undefined;
  write<R>(fn: (tx: TxState) => R): Promise<R>;
  /** `json`, when the caller has it already, is JSON.stringify(doc). */
  stage(tx: TxState, state: CollectionState, id: string, doc: Doc | null, json?: string): void;
  duplicate(collection: string, index: string): never;
  documentsOf(collection: string, tx: TxState | undefined): Iterable<Doc>;
}
