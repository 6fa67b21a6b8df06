import { Navigate, useLocation, type RouteObject } from 'react-router';

/** Sends an address people type by habit to the page that has it, keeping `?next=` and the like. */
function RedirectTo({ to }: { to: string }) {
  const { search, hash } = useLocation();
  return <Navigate to={`${to}${search}${hash}`} replace />;
}

/**
 * Addresses people type from other sites' habits (`/login`, `/register`) or in Vietnamese
 * (`/dang-nhap`, `/dang-ky`): each opens the page that has it instead of "page not found".
 */
const ALIASES: Record<string, string> = {
  login: '/signin',
  'sign-in': '/signin',
  'dang-nhap': '/signin',
  register: '/signup',
  'sign-up': '/signup',
  'dang-ky': '/signup',
};

export const aliasRoutes: RouteObject[] = Object.entries(ALIASES).map(([path, to]) => ({ path, element: <RedirectTo to={to} /> }));
