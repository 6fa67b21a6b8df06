// The base of a module's repository: its collection, declared once with its indexes, and the
// three reads and writes every repository offers. Modules add what their domain needs.
import type { Collection, CollectionDefinition, Doc, Filter, Store } from './types.js';

export class DocumentRepository<T extends Doc> {
  readonly collection: Collection<T>;

  constructor(store: Store, definition: CollectionDefinition) {
    this.collection = store.collection<T>(definition);
  }

  insert(doc: T): Promise<T> {
    return this.collection.insertOne(doc);
  }

  findById(id: string): Promise<T | null> {
    return this.collection.findOne({ _id: id });
  }

  find(filter: Filter, options: { sort?: Record<string, 1 | -1>; limit?: number } = {}): Promise<T[]> {
    return this.collection.find(filter, options);
  }
}
