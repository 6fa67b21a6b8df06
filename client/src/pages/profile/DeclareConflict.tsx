import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/errors.js';
import { TextArea } from '../../components/Field.js';
import { PanelForm } from '../../components/PanelForm.js';
import { useOpenedForm } from '../../lib/useOpenedForm.js';

/**
 * "Declare a conflict of interest": a button that opens a small form asking why, for a party
 * declaring its own (OwnConflict) and for staff, who first choose the other profile (`children`).
 * A field the server names shows its error beside it; anything else, under the form.
 */
export function DeclareConflict({
  declaring,
  onDeclare,
  onClose,
  hint,
  children,
}: {
  declaring: { isPending: boolean; error: unknown; reset: () => void };
  /** Send the declaration; `done` closes the form once it is saved. */
  onDeclare: (reason: string, done: () => void) => void;
  onClose?: () => void;
  /** What the reason may say, in the declarer's words. */
  hint?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const form = useOpenedForm();
  const [reason, setReason] = useState('');
  const errors = fieldErrors(declaring.error, t);
  const close = () => {
    form.close();
    setReason('');
    declaring.reset();
    onClose?.();
  };
  if (!form.isOpen)
    return (
      <button type="button" className="btn btn--secondary" autoFocus={form.refocus} onClick={form.open}>
        {t('conflicts.declare')}
      </button>
    );
  return (
    <PanelForm
      onSubmit={() => onDeclare(reason, close)}
      submitLabel={t('conflicts.submit')}
      closeLabel={t('common.cancel')}
      onClose={close}
      pending={declaring.isPending}
      error={Object.keys(errors).length > 0 ? undefined : (declaring.error ?? undefined)}
    >
      {children}
      <TextArea
        label={t('conflicts.reason')}
        hint={hint}
        rows={2}
        required
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.reason}
      />
    </PanelForm>
  );
}
