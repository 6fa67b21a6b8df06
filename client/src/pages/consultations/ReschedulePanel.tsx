import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '@ketnoi/contract';
import { useConsultationChange } from '../../api/hooks/consultations.js';
import { fieldErrors } from '../../api/errors.js';
import { fromLocalInput, toLocalInput } from '../../lib/format.js';
import { DateTimeField, TextField } from '../../components/Field.js';
import { PanelForm } from '../../components/PanelForm.js';

/**
 * Move a scheduled consultation or booking to a new start. Its length stays as it was (the
 * server keeps it when neither a duration nor an end is sent); an in-person meeting may change place.
 */
export function ReschedulePanel({ consultation: c, onClose }: { consultation: Consultation; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useConsultationChange();
  const [startsAt, setStartsAt] = useState(() => toLocalInput(c.startsAt));
  const [location, setLocation] = useState(c.location ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = () => {
    const start = fromLocalInput(startsAt);
    if (!start) return setErrors({ startsAt: t('validation.required') });
    if (Date.parse(start) <= Date.now()) return setErrors({ startsAt: t('consultations.mustBeFuture') });
    setErrors({});
    const place = location.trim();
    const input = { startsAt: start, ...(c.mode === 'onsite' && place && place !== c.location ? { location: place } : {}) };
    change.mutate({ action: 'reschedule', id: c.id, input }, { onSuccess: onClose, onError: (e) => setErrors(fieldErrors(e, t)) });
  };

  // A refusal that names neither field shown here (a taken slot, a busy expert) is said under the form.
  const shownInField = errors.startsAt !== undefined || errors.location !== undefined;
  return (
    <PanelForm
      onSubmit={submit}
      submitLabel={t('consultations.confirmReschedule')}
      onClose={onClose}
      closeLabel={t('common.back')}
      pending={change.isPending}
      error={shownInField ? undefined : (change.error ?? undefined)}
    >
      <DateTimeField
        label={t('consultations.newStart')}
        value={startsAt}
        onChange={(e) => {
          setStartsAt(e.target.value);
          setErrors({});
        }}
        error={errors.startsAt}
        hint={`${t('consultations.timezone')}. ${t('consultations.keepsLength')}`}
        required
      />
      {c.mode === 'onsite' && !c.resource && (
        <TextField
          label={t('consultations.location')}
          value={location}
          onChange={(e) => setLocation(e.target.value)}
          error={errors.location}
        />
      )}
    </PanelForm>
  );
}
