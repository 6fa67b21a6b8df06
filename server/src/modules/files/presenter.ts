import type { FileInfo } from '@ketnoi/contract';
import type { FileDoc } from './repository.js';

export const fileUrl = (id: string) => `/api/files/${encodeURIComponent(id)}`;

export function presentFile(doc: FileDoc): FileInfo {
  return {
    id: doc._id,
    name: doc.name,
    type: doc.type,
    size: doc.size,
    purpose: doc.purpose,
    url: fileUrl(doc._id),
    ...(doc.small ? { smallUrl: `${fileUrl(doc._id)}?variant=small` } : {}),
    ...(doc.width !== undefined ? { width: doc.width } : {}),
    ...(doc.height !== undefined ? { height: doc.height } : {}),
    createdAt: doc.createdAt,
  };
}
