import type { ApiRegistry } from '../../http/api.js';
import { presentConversation, presentMessage } from './presenter.js';
import type { ConversationsService } from './service.js';
import { conversationsEndpoints } from '@ketnoi/contract/endpoints/conversations';

export function registerConversationRoutes(api: ApiRegistry, conversations: ConversationsService): void {
  api.route(conversationsEndpoints.list, {
    compress: true,
    handler: async ({ user, query }) => {
      const { items, nextCursor } = await conversations.list(user, query);
      return { items: items.map(presentConversation), nextCursor };
    },
  });

  api.route(conversationsEndpoints.messages, {
    compress: true,
    handler: async ({ user, params, query }) => {
      const { items, nextCursor } = await conversations.messages(user, params.id, query.before ?? query.cursor, query.limit);
      return { items: items.map(presentMessage), nextCursor };
    },
  });

  api.route(conversationsEndpoints.send, {
    handler: async ({ user, params, body, res }) => {
      const { message, duplicate } = await conversations.send(user, params.id, body);
      res.status(duplicate ? 200 : 201).json(presentMessage(message));
      return undefined;
    },
  });

  api.route(conversationsEndpoints.markRead, { handler: ({ user, params, body }) => conversations.markRead(user, params.id, body.upTo) });
}
