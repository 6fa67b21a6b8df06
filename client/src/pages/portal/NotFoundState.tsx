import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/http.js';
import { EmptyState, ErrorState } from '../../components/States.js';

/**
 * A public page whose subject the server will not show: hidden, of a province that keeps its
 * helpers to itself, or gone. The server answers 404 for all of them, so nothing is told apart.
 */
export function PublicNotFound({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (!isApiError(error) || error.status !== 404) return <ErrorState error={error} onRetry={onRetry} />;
  return (
    <EmptyState title={t('portal.notFound.title')} hint={t('portal.notFound.body')}>
      <div className="form__actions">
        <Link className="btn btn--primary" to="/directory">
          {t('portal.notFound.directory')}
        </Link>
        <Link className="btn btn--secondary" to="/">
          {t('nav.backHome')}
        </Link>
      </div>
    </EmptyState>
  );
}
