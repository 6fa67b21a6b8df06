import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../components/Field.js';
import { PanelForm } from '../../components/PanelForm.js';

/**
 * Declining an intro, with an optional reason for the other side (IntroCard and a profile's
 * ConnectAction); staff rejecting one waiting for them name it with their own labels.
 */
export function DeclineIntroForm({
  pending,
  onDecline,
  onClose,
  reasonLabel,
  submitLabel,
}: {
  pending: boolean;
  onDecline: (extra: { reason?: string }) => void;
  onClose: () => void;
  reasonLabel?: string;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <PanelForm
      onSubmit={() => onDecline(reason.trim() ? { reason: reason.trim() } : {})}
      submitLabel={submitLabel ?? t('intros.confirmDecline')}
      closeLabel={t('common.cancel')}
      onClose={onClose}
      pending={pending}
    >
      <TextArea label={reasonLabel ?? t('intros.declineReason')} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
    </PanelForm>
  );
}
