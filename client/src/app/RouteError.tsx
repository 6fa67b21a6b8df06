import { useEffect } from 'react';
import { isRouteErrorResponse, Link, useNavigate, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOnline } from '../lib/useOnline.js';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.not_found')}</p>
      <Link className="btn btn--primary" to="/">
        {t('nav.backHome')}
      </Link>
    </div>
  );
}

/** Shown when a route fails to render or its chunk cannot load (e.g. offline after a deploy). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const online = useOnline();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  if (!online || isLoadFailure(error)) return <PageNotLoaded online={online} />;
  return (
    <main id="main" className="main">
      <div className="page" role="alert">
        <h1>{t('errors.crashTitle')}</h1>
        <p>{t('errors.crash')}</p>
        <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
      </div>
    </main>
  );
}

/** A page's code that did not download: the browsers' messages for a failed dynamic import. */
export function isLoadFailure(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|module script failed|failed to fetch/i.test(error.message);
}

/**
 * A page not opened for want of network (a phone losing signal on its way to a page it has not
 * visited yet), instead of the browser's offline page; it opens by itself once the network is back.
 */
function PageNotLoaded({ online }: { online: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Back online: load the page again (a browser keeps a failed module download failed for the life
  // of the document, so only a reload fetches the page's code).
  useEffect(() => {
    const reopen = () => window.location.reload();
    window.addEventListener('online', reopen);
    return () => window.removeEventListener('online', reopen);
  }, []);
  return (
    <main id="main" className="main">
      <div className="page" role="alert" data-testid="page-not-loaded">
        <h1>{t(online ? 'errors.notLoadedTitle' : 'errors.offlineTitle')}</h1>
        <p>{t(online ? 'errors.notLoaded' : 'errors.offlinePage')}</p>
        <div className="form__actions">
          <button type="button" className="btn btn--primary" disabled={!online} onClick={() => window.location.reload()}>
            {t('common.retry')}
          </button>
          <button type="button" className="btn btn--ghost" onClick={() => void navigate(-1)}>
            {t('common.back')}
          </button>
        </div>
      </div>
    </main>
  );
}
