import type { ApiRegistry } from '../../http/api.js';
import {
  ConversationList,
  IdParams,
  MessageOutput,
  MessagePage,
  MessagesQuery,
  ReadBody,
  ReadMark,
  SendMessageBody,
} from '@ketnoi/contract';
import { ErrorResponses } from '../../openapi/errors.js';
import { presentConversation, presentMessage } from './presenter.js';
import type { ConversationsService } from './service.js';

export function registerConversationRoutes(api: ApiRegistry, conversations: ConversationsService): void {
  api.route({
    method: 'get',
    path: '/conversations',
    compress: true,
    summary: 'Your conversations, most recent first, with unread counts',
    tags: ['conversations'],
    auth: 'user',
    responses: { 200: { description: 'Conversations', schema: ConversationList }, ...ErrorResponses(401) },
    handler: async ({ user }) => ({ items: (await conversations.list(user)).map(presentConversation) }),
  });

  api.route({
    method: 'get',
    path: '/conversations/:id/messages',
    compress: true,
    summary: 'Messages, newest first; `before` pages back',
    tags: ['conversations'],
    auth: 'user',
    request: { params: IdParams, query: MessagesQuery },
    responses: {
      200: { description: 'Messages', schema: MessagePage },
      ...ErrorResponses(401, 404),
    },
    handler: async ({ user, params, query }) => {
      const { items, nextCursor } = await conversations.messages(user, params.id, query.before, query.limit);
      return { items: items.map(presentMessage), nextCursor };
    },
  });

  api.route({
    method: 'post',
    path: '/conversations/:id/messages',
    summary: 'Send a message (same effect as the socket event); resending a clientId returns the stored message',
    tags: ['conversations'],
    auth: 'user',
    request: { params: IdParams, body: SendMessageBody },
    responses: {
      201: { description: 'Message stored', schema: MessageOutput },
      200: { description: 'Already stored under this clientId', schema: MessageOutput },
      ...ErrorResponses(400, 401, 404, 429),
    },
    handler: async ({ user, params, body, res }) => {
      const { message, duplicate } = await conversations.send(user, params.id, body);
      res.status(duplicate ? 200 : 201).json(presentMessage(message));
      return undefined;
    },
  });

  api.route({
    method: 'post',
    path: '/conversations/:id/read',
    summary: 'Mark messages read up to a message',
    tags: ['conversations'],
    auth: 'user',
    request: { params: IdParams, body: ReadBody },
    responses: {
      200: { description: 'Read marker', schema: ReadMark },
      ...ErrorResponses(400, 401, 404),
    },
    handler: ({ user, params, body }) => conversations.markRead(user, params.id, body.upTo),
  });
}
