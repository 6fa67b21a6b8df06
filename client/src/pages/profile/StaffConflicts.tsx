import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_KINDS, type Profile, type ProfileKind } from '@ketnoi/contract';
import { fieldErrors } from '../../api/errors.js';
import { useMe } from '../../api/hooks/auth.js';
import { useDeclareConflictFor, useProfileConflicts, useWithdrawConflictFor } from '../../api/hooks/conflicts.js';
import { ProfilePicker } from '../../components/ProfilePicker.js';
import { FormError } from '../../components/States.js';
import { DeclareConflict } from './DeclareConflict.js';

/**
 * Staff on a profile: the conflicts of interest that name it (declared by staff or by the party
 * itself) and a form to declare one. A staff declaration is withdrawn by the declaring office or an
 * admin (the server refuses others, said in words); a party's own only by the party or an admin.
 */
export function StaffConflicts({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const conflicts = useProfileConflicts(profile.id);
  const declare = useDeclareConflictFor();
  const withdraw = useWithdrawConflictFor();
  const [other, setOther] = useState('');
  // A startup's conflicts are with those who help it, and the other way round.
  const helpers = PROFILE_KINDS.filter((k) => k !== 'startup');
  const kinds: ProfileKind[] = profile.kind === 'startup' ? helpers : ['startup', ...helpers];
  const items = conflicts.data?.items ?? [];

  return (
    <div className="staff-conflicts">
      <h3>{t('conflicts.title')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('conflicts.none')}</p>
      ) : (
        <ul className="plain-list">
          {items.map((c) => {
            const party = c.profileId === profile.id ? c.otherProfile : c.profile;
            return (
              <li key={c.id}>
                <strong>{party?.name ?? t('conflicts.hiddenProfile')}</strong> — {c.reason}
                {c.byParty && <span className="muted"> ({t('conflicts.byParty')})</span>}{' '}
                {/* A party's own word is lifted by the party (or an admin), not by staff. */}
                {(!c.byParty || me?.user.role === 'admin') && (
                  <button
                    type="button"
                    className="btn btn--small btn--ghost"
                    disabled={withdraw.isPending}
                    onClick={() => withdraw.mutate(c.id)}
                  >
                    {t('conflicts.withdraw')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <FormError error={withdraw.error} />
      <DeclareConflict
        declaring={declare}
        onDeclare={(reason, done) => declare.mutate({ profileId: profile.id, otherProfileId: other, reason }, { onSuccess: done })}
        onClose={() => setOther('')}
      >
        <ProfilePicker
          label={t('conflicts.with')}
          kinds={kinds}
          value={other}
          onChange={(id) => setOther(id)}
          error={fieldErrors(declare.error, t).otherProfileId}
        />
      </DeclareConflict>
    </div>
  );
}
