// The conversations endpoints: what the API promises (server/src/modules/conversations implements them).
import { endpoint, errorResponses } from '../endpoint.js';
import { ConversationList, MessageOutput, MessagePage, MessagesQuery, ReadBody, ReadMark, SendMessageBody } from '../conversations.js';
import { IdParams, ListQuery } from '../primitives.js';

export const conversationsEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/conversations',
    summary: 'Your conversations, most recent first, with unread counts',
    tags: ['conversations'],
    auth: 'user',
    request: { query: ListQuery },
    responses: { 200: { description: 'Conversations', schema: ConversationList }, ...errorResponses(400, 401) },
  }),

  messages: endpoint({
    method: 'get',
    path: '/conversations/:id/messages',
    summary: 'Messages, newest first; `before` pages back',
    tags: ['conversations'],
    auth: 'user',
    request: { params: IdParams, query: MessagesQuery },
    responses: {
      200: { description: 'Messages', schema: MessagePage },
      ...errorResponses(401, 404),
    },
  }),

  send: endpoint({
    method: 'post',
    path: '/conversations/:id/messages',
    summary: 'Send a message (same effect as the socket event); resending a clientId returns the stored message',
    description: 'Per member: a burst of 60, then 5 a second, and at most 2 000 a day; beyond either 429 with Retry-After.',
    tags: ['conversations'],
    auth: 'user',
    request: { params: IdParams, body: SendMessageBody },
    responses: {
      201: { description: 'Message stored', schema: MessageOutput },
      200: { description: 'Already stored under this clientId', schema: MessageOutput },
      ...errorResponses(400, 401, 404, 429),
    },
  }),

  markRead: endpoint({
    method: 'post',
    path: '/conversations/:id/read',
    summary: 'Mark messages read up to a message',
    tags: ['conversations'],
    auth: 'user',
    request: { params: IdParams, body: ReadBody },
    responses: {
      200: { description: 'Read marker', schema: ReadMark },
      ...errorResponses(400, 401, 404),
    },
  }),
};
