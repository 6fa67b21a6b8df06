// @ketnoi/seeds: reference data (provinces, regions, need categories, sectors, enumerations),
// the demo dataset and a deterministic generator for large datasets.
export * from './reference/index.js';
