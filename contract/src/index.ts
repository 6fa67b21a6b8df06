// @ketnoi/contract: the zod schemas of every request, response and Socket.IO payload of the
// KếtNối API, with its enums and event names. The server validates and documents with them
// (OpenAPI is generated from them); the client takes its types from them (z.infer). The enums
// are plain arrays in codes.ts and referenceCodes.ts, so the client can use them without zod
// (the package is free of side effects: a bundle keeps only the modules it uses).
export * from './codes.js';
export * from './referenceCodes.js';
export * from './primitives.js';
export * from './errors.js';
export * from './reference.js';
export * from './accounts.js';
export * from './profiles.js';
export * from './needs.js';
export * from './search.js';
export * from './matching.js';
export * from './intros.js';
export * from './consultations.js';
export * from './conversations.js';
export * from './notifications.js';
export * from './staff.js';
export * from './reports.js';
export * from './audit.js';
export * from './events.js';
export * from './calls.js';
export * from './judging.js';
export * from './health.js';
export * from './realtime.js';
export * from './mail.js';
export * from './openingHours.js';
export * from './resources.js';
export * from './adminUsers.js';
export * from './files.js';
export * from './opportunities.js';
export * from './portal.js';
