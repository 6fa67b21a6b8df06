// @ketnoi/seeds: reference data (provinces, regions, need categories, sectors, enumerations),
// the demo dataset and a deterministic generator for large datasets.
export * from './reference/index.js';
export * from './types.js';
export * from './validate.js';
export * from './demo/index.js';
export * from './generator/index.js';
