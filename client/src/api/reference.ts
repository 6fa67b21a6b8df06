import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

export const referenceApi = {
  get: () => call(endpoints.reference.lists),
};
