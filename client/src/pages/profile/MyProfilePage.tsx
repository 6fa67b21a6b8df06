import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/auth.js';
import { useLabels } from '../../api/hooks/reference.js';
import { useSaveMyProfile } from '../../api/hooks/profiles.js';
import { fieldErrors } from '../../api/errors.js';
import { LANGUAGES, SECTORS, type Me, type ProfileKind } from '@ketnoi/contract';
import { TextArea, TextField } from '../../components/Field.js';
import { ChipSelect } from '../../components/Chips.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { FormError, Loading } from '../../components/States.js';
import { KindFields } from './KindFields.js';
import { DocumentsField, LogoField } from './ProfileFiles.js';
import { toFormState, toInput, validateDraft, type DraftErrors, type ProfileFormState } from './profileDraft.js';
import { useFocusFirstInvalid } from '../../lib/useFocusFirstInvalid.js';
import { useLeaveGuard } from '../../lib/useLeaveGuard.js';

/** The contact fields, shown only to staff and connected parties. */
const CONTACT_FIELDS = [
  { key: 'email', label: 'fields.contactEmail', type: 'email' },
  { key: 'phone', label: 'fields.phone', type: 'tel', inputMode: 'tel' },
  { key: 'zalo', label: 'fields.zalo' },
  { key: 'website', label: 'fields.website', type: 'url' },
] as const;

function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const kind = me.user.role as ProfileKind;
  const [draft, setDraft] = useState<ProfileFormState>(() =>
    toFormState(kind, me.profile, { name: me.user.name, province: me.user.province ?? '' }),
  );
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saved, setSaved] = useState(false);
  // Edits (an uploaded logo included) not saved yet: leaving asks first.
  const [unsaved, setUnsaved] = useState(false);
  useLeaveGuard(unsaved, t('profile.leaveUnsaved'));
  // The form is several screens long on a phone, and the summary next to the button ("1 field to
  // fix") does not say where.
  const { attach: attachForm, refused } = useFocusFirstInvalid();
  const save = useSaveMyProfile();
  const labels = useLabels();
  const isNew = !me.profile;

  const update = (patch: Partial<ProfileFormState>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
    setUnsaved(true);
    // Clear the errors of the fields just edited (and of their parts: `ticket.max`, `resources.0.name`).
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch)) {
        const paths = ERROR_PATHS[key] ?? [key];
        for (const errorKey of Object.keys(next))
          if (paths.some((p) => errorKey === p || errorKey.startsWith(`${p}.`))) delete next[errorKey];
      }
      return next;
    });
  };
  const setContact = (field: keyof ProfileFormState['contact'], value: string) => update({ contact: { ...draft.contact, [field]: value } });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const clientErrors = validateDraft(draft, t);
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) {
      refused();
      return;
    }
    save.mutate(toInput(draft), {
      onSuccess: () => {
        setSaved(true);
        setUnsaved(false);
      },
      onError: (error) => {
        setErrors(fieldErrors(error, t));
        refused();
      },
    });
  };

  const sectorOptions = SECTORS.map((code) => ({ value: code, label: labels.sector(code) }));
  const errorCount = Object.values(errors).filter(Boolean).length;

  return (
    <form ref={attachForm} onSubmit={onSubmit} noValidate className="form">
      <section className="card">
        <h2>{t('profile.basics')}</h2>
        <TextField
          label={t('fields.displayName')}
          value={draft.name}
          onChange={(e) => update({ name: e.target.value })}
          error={errors.name}
          required
        />
        <TextField
          label={t('fields.headline')}
          value={draft.headline}
          onChange={(e) => update({ headline: e.target.value })}
          error={errors.headline}
          hint={t(`profile.headlineHint.${kind}`)}
          maxLength={160}
          required
        />
        <TextArea
          label={t('fields.about')}
          value={draft.about}
          onChange={(e) => update({ about: e.target.value })}
          error={errors.about}
          rows={5}
        />
        <div className="grid-2">
          <ProvinceSelect value={draft.province} onChange={(province) => update({ province })} error={errors.province} required />
          <TextField
            label={t('fields.commune')}
            value={draft.commune}
            onChange={(e) => update({ commune: e.target.value })}
            error={errors.commune}
          />
        </div>
        <LogoField
          logoFileId={draft.logoFileId}
          name={draft.name}
          person={kind === 'expert'}
          onChange={(logoFileId) => update({ logoFileId })}
        />
        <ChipSelect
          legend={t('fields.sectors')}
          options={sectorOptions}
          value={draft.sectors}
          onChange={(sectors) => update({ sectors })}
          error={errors.sectors}
        />
        <ChipSelect
          legend={t('fields.languages')}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          value={draft.languages}
          onChange={(languages) => update({ languages })}
          error={errors.languages}
          required
        />
      </section>
      <section className="card">
        <h2>{t(`profile.kindSection.${kind}`)}</h2>
        <KindFields draft={draft} update={update} errors={errors} />
      </section>
      <section className="card">
        <h2>{t(`profileDocuments.title.${kind}`)}</h2>
        <DocumentsField kind={kind} documents={draft.documents} onChange={(documents) => update({ documents })} errors={errors} />
      </section>
      <section className="card">
        <h2>{t('profile.contact')}</h2>
        <p className="field__hint">{t('profile.contactPrivacy')}</p>
        <div className="grid-2">
          {CONTACT_FIELDS.map(({ key, label, ...input }) => (
            <TextField
              key={key}
              label={t(label)}
              {...input}
              value={draft.contact[key]}
              onChange={(e) => setContact(key, e.target.value)}
              error={errors[`contact.${key}`]}
            />
          ))}
        </div>
      </section>
      {errorCount > 0 && (
        <p className="form-error" role="alert">
          {t('validation.fixErrors', { count: errorCount })}
        </p>
      )}
      {save.isError && errorCount === 0 && <FormError error={save.error} />}
      {saved && (
        <p className="notice notice--ok" role="status">
          {t('profile.saved')}{' '}
          {kind === 'startup' ? (
            <Link to="/needs">{t('profile.nextNeeds')}</Link>
          ) : (
            <Link to="/suggestions">{t('profile.nextSuggestions')}</Link>
          )}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="btn btn--primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : isNew ? t('profile.create') : t('common.save')}
        </button>
        {me.profile && (
          <Link to={`/p/${me.profile.id}`} className="btn btn--secondary">
            {t('profile.viewPublic')}
          </Link>
        )}
      </div>
    </form>
  );
}

/** Form fields whose errors are keyed by the API's paths. */
const ERROR_PATHS: Partial<Record<string, string[]>> = {
  ticketMin: ['ticket.min'],
  ticketMax: ['ticket.max'],
  fundingMin: ['fundingAsk.min'],
  fundingMax: ['fundingAsk.max'],
};

export default function MyProfilePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return <Loading />;
  return (
    <div className="page">
      <h1>{me.profile ? t('profile.editTitle') : t('profile.onboardingTitle')}</h1>
      {!me.profile && <p className="muted">{t(`profile.onboardingLead.${me.user.role}`)}</p>}
      <ProfileForm key={me.user.id} me={me} />
    </div>
  );
}
