import type { Reference } from '@ketnoi/contract';
import { http } from './http.js';

export const referenceApi = {
  get: () => http.get<Reference>('/api/reference'),
};
