import { useSearchParams } from 'react-router';

/** A province code or legacy slug, as the API accepts them: lowercase letters, digits and hyphens. */
const SLUG = /^[a-z0-9-]{2,40}$/;

/**
 * The province a department's link chose (`/?province=lang-son`): it scopes the figures, events
 * and search of the public pages. Anything that is not a slug is ignored.
 */
export function usePortalProvince(): string | undefined {
  const [params] = useSearchParams();
  const value = params.get('province');
  return value && SLUG.test(value) ? value : undefined;
}

/** `path` with the chosen province carried along. */
export function withProvince(path: string, province: string | undefined): string {
  if (!province) return path;
  return `${path}${path.includes('?') ? '&' : '?'}province=${encodeURIComponent(province)}`;
}
