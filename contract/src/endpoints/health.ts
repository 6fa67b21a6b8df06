// The health endpoints: what the API promises (server/src/modules/health implements them).
import { endpoint } from '../endpoint.js';
import { HealthOutput } from '../health.js';

export const healthEndpoints = {
  status: endpoint({
    method: 'get',
    path: '/health',
    summary: 'Liveness and dependency status (no auth)',
    tags: ['health'],
    auth: 'public',
    responses: {
      200: { description: 'Service status; `degraded` when the store, search or mail delivery is unhealthy', schema: HealthOutput },
    },
  }),
};
