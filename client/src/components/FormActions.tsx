import { useTranslation } from 'react-i18next';

/** A form's submit button, disabled while the form is being sent, and the way back without sending. */
export function FormActions({
  submitLabel,
  pending,
  onCancel,
  cancelLabel,
}: {
  submitLabel: string;
  pending: boolean;
  /** Without it there is no way back (the form stands on its own). */
  onCancel?: () => void;
  /** "Hủy" (common.cancel) unless named. */
  cancelLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <button type="submit" className="btn btn--primary" disabled={pending}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          {cancelLabel ?? t('common.cancel')}
        </button>
      )}
    </div>
  );
}
