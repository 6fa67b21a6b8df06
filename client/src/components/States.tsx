import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { errorMessage } from '../api/errors.js';
import { useOnline } from '../lib/useOnline.js';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  // Offline, queries wait for the network (they are sent when it is back): a spinner alone would
  // spin for as long as the phone has no signal.
  const online = useOnline();
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{online ? (label ?? t('common.loading')) : t('common.waitingForNetwork')}</span>
    </div>
  );
}

/** Nothing to show: the title says what is missing, `hint` what to do about it, `children` a way on. */
export function EmptyState({ title, hint, children }: { title: string; hint?: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {hint && <p>{hint}</p>}
      {children}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="state state--error" role="alert">
      <p>{errorMessage(error, t)}</p>
      {onRetry && (
        <button type="button" className="btn btn--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** The page someone may not see: says so, and why when the page knows (`reason`). */
export function Forbidden({ reason }: { reason?: string }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('errors.forbiddenTitle')}</h1>
      <p>{reason ?? t('errors.forbidden')}</p>
    </div>
  );
}

/** A form-level error banner (field errors are shown next to their fields). */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {errorMessage(error, t)}
    </p>
  );
}

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  refetch: () => unknown;
}

/** Loading / error / empty / content for one query, the same way everywhere. */
export function QueryView<T>({
  query,
  isEmpty,
  empty,
  children,
}: {
  query: QueryLike<T>;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError || query.data === undefined) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <>{empty}</>;
  return <>{children(query.data)}</>;
}

/** QueryView for a list answer (`{ items }`): `empty` when it has none, else `children` with its items. */
export function ItemsView<I>({
  query,
  empty,
  children,
}: {
  query: QueryLike<{ items: I[] }>;
  empty: ReactNode;
  children: (items: I[]) => ReactNode;
}) {
  return (
    <QueryView query={query} isEmpty={(data) => data.items.length === 0} empty={empty}>
      {(data) => children(data.items)}
    </QueryView>
  );
}

interface PagedQueryLike<I> extends QueryLike<{ pages: Array<{ items: I[] }> }> {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** The button that fetches a paged query's next page, while there is one. */
export function LoadMore({
  query,
  label,
  className = 'btn btn--secondary btn--block',
}: {
  query: Pick<PagedQueryLike<unknown>, 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'>;
  /** "Xem thêm" (common.loadMore) unless named. */
  label?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <button type="button" className={className} disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
      {query.isFetchingNextPage ? t('common.loading') : (label ?? t('common.loadMore'))}
    </button>
  );
}

/** QueryView for a paged query: the items of every page fetched so far, then the button for the next page. */
export function PagedView<I>({
  query,
  empty,
  moreLabel,
  children,
}: {
  query: PagedQueryLike<I>;
  empty: ReactNode;
  moreLabel?: string;
  children: (items: I[]) => ReactNode;
}) {
  return (
    <QueryView query={query} isEmpty={(data) => data.pages.every((page) => page.items.length === 0)} empty={empty}>
      {(data) => (
        <>
          {children(data.pages.flatMap((page) => page.items))}
          <LoadMore query={query} label={moreLabel} />
        </>
      )}
    </QueryView>
  );
}

/** The items of a list answer as a `<ul>`, each drawn by `item` (which gives its `<li>` a key). */
export function ListOf<I>({
  items,
  item,
  className = 'list',
  testId,
}: {
  items: I[];
  item: (entry: I) => ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <ul className={className} data-testid={testId}>
      {items.map(item)}
    </ul>
  );
}

export function Progress({ label, value }: { label: string; value?: number }) {
  return (
    <div className="progress" role="status" aria-live="polite">
      <span>{label}</span>
      {value === undefined ? (
        <span className="progress__bar progress__bar--indeterminate" aria-hidden="true" />
      ) : (
        <progress max={1} value={value} aria-label={label} />
      )}
    </div>
  );
}
