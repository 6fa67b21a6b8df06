import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@ketnoi/contract';
import { fieldErrors } from '../../api/errors.js';
import { useDeclareConflict, useMyConflicts, useWithdrawConflict } from '../../api/hooks/conflicts.js';
import { TextArea } from '../../components/Field.js';
import { PanelForm } from '../../components/PanelForm.js';
import { FormError } from '../../components/States.js';

/**
 * An expert, investor or provider declaring its own conflict of interest with the profile it is
 * reading (a relative's startup, shares already held): the two are then never matched or
 * introduced, and as a judge it does not score that startup. Startups ask staff instead.
 */
export function OwnConflict({ other }: { other: Profile }) {
  const { t } = useTranslation();
  const mine = useMyConflicts();
  const declare = useDeclareConflict();
  const withdraw = useWithdrawConflict();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const declared = mine.data?.items.find((c) => c.otherProfileId === other.id || c.profileId === other.id);
  if (!mine.data) return null;

  if (declared) {
    return (
      <section className="card" aria-labelledby="own-conflict">
        <h2 id="own-conflict">{t('conflicts.title')}</h2>
        <p>{t('conflicts.declared', { name: other.name })}</p>
        <blockquote>{declared.reason}</blockquote>
        <button type="button" className="btn btn--secondary" disabled={withdraw.isPending} onClick={() => withdraw.mutate(declared.id)}>
          {t('conflicts.withdraw')}
        </button>
        <FormError error={withdraw.error} />
      </section>
    );
  }
  const errors = fieldErrors(declare.error, t);
  const close = () => {
    setOpen(false);
    declare.reset();
  };
  return (
    <section className="card" aria-labelledby="own-conflict">
      <h2 id="own-conflict">{t('conflicts.title')}</h2>
      <p className="muted">{t('conflicts.what')}</p>
      {open ? (
        <PanelForm
          onSubmit={() => declare.mutate({ otherProfileId: other.id, reason }, { onSuccess: close })}
          submitLabel={t('conflicts.submit')}
          closeLabel={t('common.cancel')}
          onClose={close}
          pending={declare.isPending}
          error={errors.reason ? undefined : (declare.error ?? undefined)}
        >
          <TextArea
            label={t('conflicts.reason')}
            hint={t('conflicts.reasonHint')}
            rows={2}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={errors.reason}
          />
        </PanelForm>
      ) : (
        <button type="button" className="btn btn--secondary" onClick={() => setOpen(true)}>
          {t('conflicts.declare')}
        </button>
      )}
    </section>
  );
}
