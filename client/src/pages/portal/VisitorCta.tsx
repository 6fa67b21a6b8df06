import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** For a visitor on a public page: what joining lets them do here, the way to sign up, and to sign in and come back to `next`. */
export function VisitorCta({ message, next }: { message: string; next: string }) {
  const { t } = useTranslation();
  return (
    <div className="card cta">
      <p>{message}</p>
      <div className="form__actions">
        <Link className="btn btn--primary" to="/signup">
          {t('landing.signUp')}
        </Link>
        <Link className="btn btn--secondary" to={`/signin?next=${encodeURIComponent(next)}`}>
          {t('landing.signIn')}
        </Link>
      </div>
    </div>
  );
}
