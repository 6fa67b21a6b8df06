import { useSearchParams } from 'react-router';

/**
 * The URL's search params and a way to change some of them, for pages whose filters live in the URL
 * (a view can be bookmarked, shared and restored with Back). A value sets its key; '' or null removes it.
 * `replace` (the default) changes the current history entry instead of adding one.
 */
export function useUrlParams({ replace = true }: { replace?: boolean } = {}) {
  const [params, setParams] = useSearchParams();
  const update = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace });
  };
  return [params, update] as const;
}
