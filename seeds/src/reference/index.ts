export * from './labels.js';
export * from './regions.js';
export * from './formerProvinces.js';
export * from './provinces.js';
export * from './needCategories.js';
export * from './sectors.js';
export * from './stages.js';
export * from './payload.js';
