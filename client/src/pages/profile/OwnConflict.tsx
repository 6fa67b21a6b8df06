import { useTranslation } from 'react-i18next';
import type { Profile } from '@ketnoi/contract';
import { useDeclareConflict, useMyConflicts, useWithdrawConflict } from '../../api/hooks/conflicts.js';
import { FormError } from '../../components/States.js';
import { DeclareConflict } from './DeclareConflict.js';

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
  return (
    <section className="card" aria-labelledby="own-conflict">
      <h2 id="own-conflict">{t('conflicts.title')}</h2>
      <p className="muted">{t('conflicts.what')}</p>
      <DeclareConflict
        declaring={declare}
        hint={t('conflicts.reasonHint')}
        onDeclare={(reason, done) => declare.mutate({ otherProfileId: other.id, reason }, { onSuccess: done })}
      />
    </section>
  );
}
