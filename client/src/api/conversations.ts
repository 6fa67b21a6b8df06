import type { MessagesParams, ReadInput, SendMessageInput } from '@ketnoi/contract';
import * as endpoints from '@ketnoi/contract/generated/endpointRefs';
import { call } from './http.js';

export const conversationsApi = {
  /** The 100 most recently active (the list pages like every other; the chat shows one page). */
  list: () => call(endpoints.conversations.list, { query: { limit: 100 } }),
  /** Newest first; `before` pages back to older messages. */
  messages: (id: string, params: MessagesParams = {}) => call(endpoints.conversations.messages, { params: { id }, query: params }),
  send: (id: string, input: SendMessageInput) => call(endpoints.conversations.send, { params: { id }, body: input }),
  read: (id: string, input: ReadInput) => call(endpoints.conversations.markRead, { params: { id }, body: input }),
};
