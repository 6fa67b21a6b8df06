import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Where a page needs the user's own profile first: why, and the way to create it. */
export function CreateProfileNotice({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--action">
      <p>{reason}</p>
      <Link to="/profile" className="btn btn--primary">
        {t('home.createProfile')}
      </Link>
    </div>
  );
}
