// Test doubles for the MongoDB engine's unit tests: Mongoose runs for real, only the driver
// collection and the session are recorded fakes (no server needed).
import mongoose from 'mongoose';
import type { ClientSession } from 'mongoose';
import { vi } from 'vitest';
import type { Doc } from '../types.js';
import { MongoStore } from './index.js';

interface Call {
  method: string;
  args: unknown[];
}

/** Stands in for the driver's Collection: records calls, answers from a script. */
export class RecordingCollection {
  readonly calls: Call[] = [];
  readonly replies = new Map<string, unknown[]>();
  readonly failures = new Map<string, unknown>();
  /** createIndex calls (kept apart: they run in the background before the first operation). */
  readonly indexCalls: Array<{ fields: unknown; options: Record<string, unknown> }> = [];
  readonly indexFailures = new Map<string, unknown>();

  reply(method: string, ...values: unknown[]): void {
    this.replies.set(method, values);
  }

  private answer(method: string, args: unknown[], fallback: unknown): unknown {
    this.calls.push({ method, args });
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      throw failure;
    }
    const queued = this.replies.get(method);
    return queued && queued.length > 0 ? queued.shift() : fallback;
  }

  find(...args: unknown[]) {
    const docs = this.answer('find', args, []);
    return { toArray: async () => docs };
  }
  async findOne(...args: unknown[]) {
    return this.answer('findOne', args, null);
  }
  async insertMany(...args: unknown[]) {
    return this.answer('insertMany', args, { acknowledged: true });
  }
  async updateOne(...args: unknown[]) {
    return this.answer('updateOne', args, { acknowledged: true, matchedCount: 1, modifiedCount: 1, upsertedId: null });
  }
  async updateMany(...args: unknown[]) {
    return this.answer('updateMany', args, { acknowledged: true, matchedCount: 2, modifiedCount: 2, upsertedId: null });
  }
  async findOneAndUpdate(...args: unknown[]) {
    return this.answer('findOneAndUpdate', args, null);
  }
  async deleteOne(...args: unknown[]) {
    return this.answer('deleteOne', args, { acknowledged: true, deletedCount: 1 });
  }
  async deleteMany(...args: unknown[]) {
    return this.answer('deleteMany', args, { acknowledged: true, deletedCount: 3 });
  }
  async countDocuments(...args: unknown[]) {
    return this.answer('countDocuments', args, 0);
  }
  aggregate(...args: unknown[]) {
    const rows = this.answer('aggregate', args, []);
    return { toArray: async () => rows };
  }

  async createIndex(fields: unknown, options: Record<string, unknown>) {
    this.indexCalls.push({ fields, options });
    const failure = this.indexFailures.get(options.name as string);
    if (failure) throw failure;
    return options.name;
  }

  methods(): string[] {
    return this.calls.map((call) => call.method);
  }
}

/**
 * A session whose commits fail with a write conflict (TransientTransactionError) until the
 * `plannedAttempts`-th, so the engine runs the callback that many times, as on a real conflict.
 * A class instance, like the real ClientSession: Mongoose clones plain-object options deeply but
 * passes class instances through by reference.
 */
export class FakeSession {
  readonly transaction = { isActive: true };
  ended = false;
  attempts = 0;
  private open = false;
  constructor(private readonly plannedAttempts: number) {}
  startTransaction(): void {
    this.attempts += 1;
    this.open = true;
  }
  inTransaction(): boolean {
    return this.open;
  }
  async commitTransaction(): Promise<void> {
    this.open = false;
    if (this.attempts < this.plannedAttempts) {
      throw new mongoose.mongo.MongoServerError({
        errmsg: 'WriteConflict',
        code: 112,
        errorLabels: ['TransientTransactionError'],
      } as never);
    }
  }
  async abortTransaction(): Promise<void> {
    this.open = false;
  }
  async endSession(): Promise<void> {
    this.ended = true;
  }
}

const connections: mongoose.Connection[] = [];

/** Close the harnesses' connections (call from afterEach). */
export async function closeHarnesses(): Promise<void> {
  for (const connection of connections.splice(0)) await connection.close(true).catch(() => undefined);
}

export function harness(options: { attempts?: number } = {}) {
  const connection = mongoose.createConnection();
  connections.push(connection);
  const session = new FakeSession(options.attempts ?? 1);
  vi.spyOn(connection, 'startSession').mockImplementation(async () => session as unknown as ClientSession);
  const logged: unknown[] = [];
  const store = new MongoStore(connection, { info: () => undefined, warn: () => undefined, error: (obj) => logged.push(obj) });
  const driver = new RecordingCollection();
  const open = <T extends Doc>(name: string, indexes: Parameters<MongoStore['collection']>[0]['indexes'] = []) => {
    const collection = store.collection<T>({ name, indexes });
    const model = connection.models[name]!;
    // No server: collection creation succeeds at once; index builds and queries go to the recorder.
    vi.spyOn(model, 'createCollection').mockResolvedValue(undefined as never);
    (model.collection as unknown as { collection: RecordingCollection }).collection = driver;
    return { collection, model };
  };
  return { store, driver, session, open, connection, logged };
}
