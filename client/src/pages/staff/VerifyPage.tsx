import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../../api/hooks/profiles.js';
import { useVerify } from '../../api/hooks/staff.js';
import { useLabels } from '../../api/hooks/reference.js';
import type { Profile, ProfileKind } from '@ketnoi/contract';
import { EmptyState, FormError, ItemsView, ListOf } from '../../components/States.js';
import { TextField } from '../../components/Field.js';
import { fieldErrors } from '../../api/errors.js';
import { ChipList } from '../../components/Chips.js';
import { Tabs } from '../../components/Tabs.js';
import { ScopedPage, useProvinceScope } from './scope.js';

function VerifyRow({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const verify = useVerify();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  // The note says what was checked (certificate numbers…): the server needs one to verify, so the
  // box is marked when it is empty, here or when the server names it (`checked`).
  const submit = () => {
    const verified = !profile.verified;
    if (verified && !note.trim()) {
      setNoteError(t('verify.noteRequired'));
      return;
    }
    verify.mutate(
      { profileId: profile.id, verified, checked: note.trim() ? [note.trim()] : [] },
      { onError: (e) => setNoteError(fieldErrors(e, t, { checked: t('verify.noteRequired') }).checked) },
    );
  };
  const categories = profile.expertise ?? profile.offerings ?? [];
  return (
    <li className="card list__item">
      <div className="list__main">
        <h3>
          <Link to={`/profiles/${encodeURIComponent(profile.id)}`}>{profile.name}</Link>{' '}
          {profile.verified && <span className="badge badge--ok">{t('profile.verified')}</span>}
        </h3>
        <p>{profile.headline}</p>
        {profile.kind === 'expert' && profile.organization && <p className="muted">{profile.organization}</p>}
        <ChipList items={categories.map(labels.category)} />
      </div>
      <div className="list__side verify">
        <TextField
          label={t('verify.note')}
          className="input input--small"
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            setNoteError(undefined);
          }}
          error={noteError}
        />
        <button
          type="button"
          className={`btn ${profile.verified ? 'btn--secondary' : 'btn--primary'}`}
          disabled={verify.isPending}
          onClick={submit}
        >
          {profile.verified ? t('verify.unverify') : t('verify.verify')}
        </button>
        {!noteError && <FormError error={verify.error} />}
      </div>
    </li>
  );
}

/** Credential verification: experts and providers of the province, unverified first. */
export default function VerifyPage() {
  const { t } = useTranslation();
  const { province } = useProvinceScope();
  const [kind, setKind] = useState<ProfileKind>('expert');
  const [onlyUnverified, setOnlyUnverified] = useState(true);
  const directory = useDirectory({ kind, ...(province ? { province } : {}), ...(onlyUnverified ? { verified: 'false' } : {}) });
  return (
    <ScopedPage title={t('verify.title')} lead={t('verify.lead')}>
      <div className="toolbar">
        <Tabs
          label={t('fields.kind')}
          values={['expert', 'provider', 'investor'] as const}
          selected={kind}
          onSelect={setKind}
          labelOf={(k) => t(`roles.plural.${k}`)}
        />
        <label className="radio-row">
          <input type="checkbox" checked={onlyUnverified} onChange={(e) => setOnlyUnverified(e.target.checked)} />
          <span>{t('verify.onlyUnverified')}</span>
        </label>
      </div>
      <h2 className="visually-hidden">{t(`roles.plural.${kind}`)}</h2>
      <ItemsView query={directory} empty={<EmptyState title={t('verify.empty')} />}>
        {(items) => <ListOf items={items} item={(p) => <VerifyRow key={p.id} profile={p} />} />}
      </ItemsView>
    </ScopedPage>
  );
}
