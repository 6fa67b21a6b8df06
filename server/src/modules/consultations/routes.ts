import type { ApiRegistry } from '../../http/api.js';
import type { ConsultationsService } from './service.js';
import { consultationsEndpoints } from '@ketnoi/contract/endpoints/consultations';

export function registerConsultationRoutes(api: ApiRegistry, consultations: ConsultationsService): void {
  api.route(consultationsEndpoints.schedule, {
    handler: async ({ user, body }) => consultations.presentOne(await consultations.schedule(user, body)),
  });

  api.route(consultationsEndpoints.list, {
    handler: async ({ user, query }) => {
      const page = await consultations.list(user, query.status, query);
      return { items: await consultations.present(page.items), nextCursor: page.nextCursor };
    },
  });

  api.route(consultationsEndpoints.get, {
    handler: async ({ user, params }) => consultations.presentOne(await consultations.get(user, params.id)),
  });

  api.route(consultationsEndpoints.complete, {
    handler: async ({ user, params, body }) => consultations.presentOne(await consultations.complete(user, params.id, body.outcome)),
  });

  api.route(consultationsEndpoints.cancel, {
    handler: async ({ user, params, body }) => consultations.presentOne(await consultations.cancel(user, params.id, body.reason)),
  });

  api.route(consultationsEndpoints.reschedule, {
    handler: async ({ user, params, body }) => consultations.presentOne(await consultations.reschedule(user, params.id, body)),
  });

  api.route(consultationsEndpoints.feedback, {
    handler: async ({ user, params, body }) => consultations.presentOne(await consultations.feedback(user, params.id, body)),
  });

  api.route(consultationsEndpoints.confirm, {
    handler: async ({ user, params }) => consultations.presentOne(await consultations.confirm(user, params.id)),
  });
}
