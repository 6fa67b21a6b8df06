// /api/staff/*: the province support office's tools. Every route is staff or admin; the scope
// policy (scope.ts) keeps staff inside their province.
import type { ApiRegistry } from '../../http/api.js';
import type { StaffTools } from './index.js';
import { staffEndpoints } from '@ketnoi/contract/endpoints/staff';

export function registerStaffRoutes(api: ApiRegistry, staff: StaffTools): void {
  api.route(staffEndpoints.queue, { compress: true, handler: ({ user, query }) => staff.queue.build(user, query) });

  api.route(staffEndpoints.logContact, { handler: ({ user, body }) => staff.contacts.log(user, body) });

  api.route(staffEndpoints.contacts, { handler: ({ user, query }) => staff.contacts.list(user, query) });

  api.route(staffEndpoints.recordVerification, { handler: ({ user, body }) => staff.verifications.record(user, body) });

  api.route(staffEndpoints.verifications, { handler: ({ user, query }) => staff.verifications.list(user, query) });
}
