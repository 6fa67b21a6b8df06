import { useTranslation } from 'react-i18next';
import { FormError } from './States.js';

/** The end of a form that saves: the request's error, a note once saved, and the save button. */
export function SaveFooter({
  error,
  saved,
  pending,
  savedText,
  label,
}: {
  error: unknown;
  saved: boolean;
  pending: boolean;
  savedText: string;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormError error={error} />
      {saved && (
        <p className="notice notice--ok" role="status">
          {savedText}
        </p>
      )}
      <button type="submit" className="btn btn--primary" disabled={pending}>
        {pending ? t('common.saving') : (label ?? t('common.save'))}
      </button>
    </>
  );
}
