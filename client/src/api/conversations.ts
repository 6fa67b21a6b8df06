import { http } from './http.js';
import type { Conversation, Message, Page } from './types.js';

const path = (id: string, action: string) => `/api/conversations/${encodeURIComponent(id)}/${action}`;

export const conversationsApi = {
  list: () => http.get<{ items: Conversation[]; nextCursor?: string | null }>('/api/conversations'),
  /** Newest first; `before` pages back to older messages. */
  messages: (id: string, params: { before?: string; limit?: number } = {}) => http.get<Page<Message>>(path(id, 'messages'), { ...params }),
  send: (id: string, body: string, clientId: string) => http.post<Message>(path(id, 'messages'), { body, clientId }),
  read: (id: string, upTo: string) => http.post<unknown>(path(id, 'read'), { upTo }),
};
