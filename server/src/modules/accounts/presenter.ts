import type { AuthUser } from '../../http/api.js';
import type { UserDoc } from './repository.js';

/** What leaves the server about a user: never the hash, never internal fields. */
export function presentUser(user: UserDoc): AuthUser {
  return {
    id: user._id,
    email: user.email,
    role: user.role,
    name: user.name,
    province: user.province,
    language: user.language ?? 'vi',
    createdAt: user.createdAt,
  };
}
