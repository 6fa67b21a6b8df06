import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useContacts, useLogContact } from '../../api/hooks/staff.js';
import { fieldErrors } from '../../api/errors.js';
import { CONTACT_CHANNELS, type ContactChannel } from '@ketnoi/contract';
import { fromLocalInput, formatDateTime, toLocalInput } from '../../lib/format.js';
import { DateTimeField, SelectField, TextArea } from '../../components/Field.js';
import { ProfilePicker } from '../../components/ProfilePicker.js';
import { ProfileName } from '../../components/ProfileName.js';
import { EmptyState, ItemsView } from '../../components/States.js';
import { SaveFooter } from '../../components/SaveFooter.js';
import { useProvinceScope } from './scope.js';

type Errors = Partial<Record<'profileId' | 'note' | 'at', string>>;

/** Phone, Zalo and meeting contacts kept with the profile, so brokering is not done from memory. */
export default function ContactsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { province } = useProvinceScope();
  const profileFilter = params.get('profileId') ?? undefined;
  const contacts = useContacts(profileFilter);
  const log = useLogContact();
  const [profileId, setProfileId] = useState(profileFilter ?? '');
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const [note, setNote] = useState('');
  const [at, setAt] = useState(() => toLocalInput(new Date()));
  const [errors, setErrors] = useState<Errors>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    if (!profileId) next.profileId = t('validation.choose');
    if (!note.trim()) next.note = t('validation.required');
    const when = fromLocalInput(at);
    if (!when) next.at = t('validation.required');
    setErrors(next);
    if (Object.keys(next).length || !when) return;
    log.mutate(
      { subjectType: 'profile', subjectId: profileId, channel, note: note.trim(), at: when },
      {
        onSuccess: () => {
          setNote('');
          setAt(toLocalInput(new Date()));
        },
        onError: (e) => setErrors(fieldErrors(e, t) as Errors),
      },
    );
  };

  return (
    <div className="page">
      <h1>{t('contacts.title')}</h1>
      <form className="form card" onSubmit={onSubmit} noValidate>
        <h2>{t('contacts.new')}</h2>
        <ProfilePicker
          label={t('contacts.who')}
          kinds={['startup', 'expert', 'investor', 'provider']}
          province={province || undefined}
          value={profileId}
          onChange={(id) => setProfileId(id)}
          error={errors.profileId}
        />
        <div className="grid-2">
          <SelectField
            label={t('contacts.channel')}
            value={channel}
            onChange={(e) => setChannel(e.target.value as ContactChannel)}
            options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`contacts.channels.${c}`) }))}
          />
          <DateTimeField label={t('contacts.at')} value={at} onChange={(e) => setAt(e.target.value)} error={errors.at} required />
        </div>
        <TextArea label={t('contacts.note')} value={note} onChange={(e) => setNote(e.target.value)} error={errors.note} rows={3} required />
        <SaveFooter
          error={Object.values(errors).some(Boolean) ? null : log.error}
          saved={log.isSuccess}
          pending={log.isPending}
          savedText={t('contacts.saved')}
          label={t('contacts.save')}
        />
      </form>
      <section>
        <div className="page__head">
          <h2>{t('contacts.log')}</h2>
          {profileFilter && (
            <button type="button" className="btn btn--ghost btn--small" onClick={() => setParams({}, { replace: true })}>
              {t('contacts.showAll')}
            </button>
          )}
        </div>
        <ItemsView query={contacts} empty={<EmptyState title={t('contacts.empty')} />}>
          {(items) => (
            <ul className="list">
              {items.map((entry) => (
                <li key={entry.id} className="card">
                  <p>
                    <strong>
                      {entry.profileIds.map((id, i) => (
                        <span key={id}>
                          {i > 0 && ' ↔ '}
                          <ProfileName id={id} />
                        </span>
                      ))}
                    </strong>{' '}
                    · {t(`contacts.channels.${entry.channel}`, { defaultValue: entry.channel })} · {formatDateTime(entry.at)}
                  </p>
                  <p className="prose">{entry.note}</p>
                </li>
              ))}
            </ul>
          )}
        </ItemsView>
      </section>
    </div>
  );
}
