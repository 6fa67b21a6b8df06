import type { ConversationList, Message, MessagePage, MessagesParams, ReadInput, ReadMark, SendMessageInput } from '@ketnoi/contract';
import { http } from './http.js';

const path = (id: string, action: string) => `/api/conversations/${encodeURIComponent(id)}/${action}`;

export const conversationsApi = {
  list: () => http.get<ConversationList>('/api/conversations'),
  /** Newest first; `before` pages back to older messages. */
  messages: (id: string, params: MessagesParams = {}) => http.get<MessagePage>(path(id, 'messages'), params),
  send: (id: string, input: SendMessageInput) => http.post<Message>(path(id, 'messages'), input),
  read: (id: string, input: ReadInput) => http.post<ReadMark>(path(id, 'read'), input),
};
