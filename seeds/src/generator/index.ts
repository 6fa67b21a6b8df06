export { collectDataset, generateDataset, generateRecord, kindWeights } from './generate.js';
export type { GenerateOptions, GeneratedRecord } from './generate.js';
export { mulberry32 } from './prng.js';
