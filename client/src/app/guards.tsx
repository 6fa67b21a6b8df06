import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../api/hooks/auth.js';
import type { Role } from '@ketnoi/contract';
import { ErrorState, Forbidden, Loading } from '../components/States.js';

/** Signed-in routes: without a session, go to sign-in and come back here afterwards. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

function RequireRoles({ roles }: { roles: Role[] }) {
  const { data } = useMe();
  if (!data || !roles.includes(data.user.role)) return <Forbidden />;
  return <Outlet />;
}

export const RequireStaff = () => <RequireRoles roles={['staff', 'admin']} />;
export const RequireAdmin = () => <RequireRoles roles={['admin']} />;
export const RequireProfileRole = () => <RequireRoles roles={['startup', 'expert', 'investor', 'provider']} />;

/** A safe in-app path from ?next= (never an absolute URL to another site). */
export function safeNext(next: string | null, fallback = '/home'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return fallback;
  return next;
}
