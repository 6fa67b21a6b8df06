import { http } from './http.js';
import type { Reference } from './types.js';

export const referenceApi = {
  get: () => http.get<Reference>('/api/reference'),
};
