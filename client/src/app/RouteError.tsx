import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';

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
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <div className="page" role="alert">
      <h1>{t('errors.crashTitle')}</h1>
      <p>{t('errors.crash')}</p>
      <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
        {t('common.reload')}
      </button>
    </div>
  );
}
