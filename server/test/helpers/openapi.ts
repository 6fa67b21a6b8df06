// A module's routes as the OpenAPI document describes them, for tests that its routes document
// themselves from the same schemas that validate them.
import { ApiRegistry } from '../../src/http/api.js';
import { buildOpenApiDocument } from '../../src/openapi/document.js';

export type Operation = { parameters?: { name: string }[]; requestBody?: unknown };

/** The document of the routes `register` adds to an empty registry (no handler runs). */
export function documentedRoutes(register: (api: ApiRegistry) => void) {
  const api = new ApiRegistry();
  register(api);
  const doc = buildOpenApiDocument(api.routes, 'test') as unknown as { paths: Record<string, Record<string, Operation>> };
  return {
    paths: doc.paths,
    /** `METHOD /path` of every operation, sorted. */
    operations: Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort(),
    /** The names of an operation's parameters, sorted. */
    parameterNames: (op: Operation | undefined) => (op?.parameters ?? []).map((p) => p.name).sort(),
  };
}
