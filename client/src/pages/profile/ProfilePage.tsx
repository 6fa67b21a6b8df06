import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/hooks/auth.js';
import { useProfile } from '../../api/hooks/profiles.js';
import { useLabels } from '../../api/hooks/reference.js';
import { useVerify } from '../../api/hooks/staff.js';
import type { Profile } from '@ketnoi/contract';
import { formatVndRange } from '../../lib/format.js';
import { formatOpeningHours } from '../../lib/openingHours.js';
import { ChipList } from '../../components/Chips.js';
import { FormError, QueryView } from '../../components/States.js';
import { ConnectWith } from '../intros/ConnectAction.js';
import { Documents, OutcomeBadges, ProfileHead, Products } from '../portal/Showcase.js';
import { LinkedText } from '../../components/LinkedText.js';
import { OwnConflict } from './OwnConflict.js';
import { StaffConflicts } from './StaffConflicts.js';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="dl__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ChipRow({ label, items }: { label: string; items: string[] }) {
  return (
    <Row label={label}>
      <ChipList items={items} />
    </Row>
  );
}

function KindDetails({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const provinces = (codes: string[]) => (codes.length ? codes.map(labels.province).join(', ') : t('profile.anyProvince'));
  switch (profile.kind) {
    case 'startup':
      return (
        <>
          {profile.stage && <Row label={t('fields.stage')}>{labels.stage(profile.stage)}</Row>}
          <Row label={t('fields.teamSize')}>{profile.teamSize}</Row>
          {profile.foundedYear && <Row label={t('fields.foundedYear')}>{profile.foundedYear}</Row>}
          {profile.fundingAsk && <Row label={t('fields.fundingAsk')}>{formatVndRange(profile.fundingAsk)}</Row>}
        </>
      );
    case 'expert':
      return (
        <>
          <ChipRow label={t('fields.expertise')} items={(profile.expertise ?? []).map(labels.category)} />
          {profile.organization && <Row label={t('fields.organization')}>{profile.organization}</Row>}
          {profile.yearsExperience !== undefined && <Row label={t('fields.yearsExperience')}>{profile.yearsExperience}</Row>}
          <Row label={t('fields.capacity')}>{profile.capacity}</Row>
          <Row label={t('fields.fee')}>{t(`fee.${profile.fee}`)}</Row>
          <Row label={t('fields.remote')}>{profile.remote ? t('common.yes') : t('common.no')}</Row>
          <Row label={t('fields.servesProvinces')}>{provinces(profile.servesProvinces ?? [])}</Row>
        </>
      );
    case 'investor':
      return (
        <>
          <Row label={t('fields.investorType')}>{t(`investorType.${profile.investorType}`)}</Row>
          {profile.ticket && <Row label={t('fields.ticket')}>{formatVndRange(profile.ticket)}</Row>}
          <ChipRow label={t('fields.stages')} items={(profile.stages ?? []).map(labels.stage)} />
          <Row label={t('fields.servesProvinces')}>{provinces(profile.servesProvinces ?? [])}</Row>
        </>
      );
    case 'provider':
      return (
        <>
          <ChipRow label={t('fields.offerings')} items={(profile.offerings ?? []).map(labels.category)} />
          {profile.resources && profile.resources.length > 0 && (
            <Row label={t('fields.resources')}>
              <ul className="plain-list">
                {profile.resources.map((r, i) => (
                  <li key={i}>
                    <strong>{r.name}</strong> ({t(`resourceKind.${r.kind}`, { defaultValue: r.kind })}
                    {r.capacity !== undefined && `, ${t('profile.capacityOf', { count: r.capacity })}`})
                    {r.description && ` — ${r.description}`}
                    {r.openingHours && r.openingHours.length > 0 && (
                      <span className="muted"> · {t('openingHours.shown', { hours: formatOpeningHours(r.openingHours, t) })}</span>
                    )}
                  </li>
                ))}
              </ul>
            </Row>
          )}
          <Row label={t('fields.servesProvinces')}>{provinces(profile.servesProvinces ?? [])}</Row>
        </>
      );
  }
}

function ContactBlock({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const contact = profile.contact;
  const entries = contact ? Object.entries(contact).filter(([, v]) => !!v) : [];
  if (entries.length === 0) {
    return <p className="muted">{t('profile.contactHidden')}</p>;
  }
  return (
    <dl className="dl">
      {contact?.email && (
        <Row label={t('fields.contactEmail')}>
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </Row>
      )}
      {contact?.phone && (
        <Row label={t('fields.phone')}>
          <a href={`tel:${contact.phone}`}>{contact.phone}</a>
        </Row>
      )}
      {contact?.zalo && <Row label={t('fields.zalo')}>{contact.zalo}</Row>}
      {contact?.website && (
        <Row label={t('fields.website')}>
          <a
            href={/^https?:\/\//.test(contact.website) ? contact.website : `https://${contact.website}`}
            rel="noopener noreferrer"
            target="_blank"
          >
            {contact.website}
          </a>
        </Row>
      )}
    </dl>
  );
}

function StaffTools({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const verify = useVerify();
  return (
    <section className="card">
      <h2>{t('staff.tools')}</h2>
      <div className="form__actions">
        {profile.verified ? (
          <button
            type="button"
            className="btn btn--secondary"
            disabled={verify.isPending}
            onClick={() => verify.mutate({ profileId: profile.id, verified: false, checked: [] })}
          >
            {t('verify.unverify')}
          </button>
        ) : (
          // Verifying records what was checked, which the verification page asks for.
          <Link className="btn btn--secondary" to="/staff/verify">
            {t('verify.verify')}
          </Link>
        )}
        <Link className="btn btn--secondary" to={`/staff/contacts?profileId=${encodeURIComponent(profile.id)}`}>
          {t('contacts.logFor')}
        </Link>
        <Link className="btn btn--secondary" to={`/staff/broker?a=${encodeURIComponent(profile.id)}`}>
          {t('broker.start')}
        </Link>
      </div>
      <FormError error={verify.error} />
      <StaffConflicts profile={profile} />
    </section>
  );
}

export default function ProfilePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: me } = useMe();
  const query = useProfile(id);

  return (
    <div className="page">
      <QueryView query={query}>
        {(profile) => {
          const isMine = me?.profile?.id === profile.id;
          const canRequest = !!me?.profile && !isMine;
          const isStaff = me?.user.role === 'staff' || me?.user.role === 'admin';
          return (
            <>
              <ProfileHead profile={profile} className="profile-head">
                {isMine && (
                  <Link to="/profile" className="btn btn--secondary">
                    {t('profile.edit')}
                  </Link>
                )}
              </ProfileHead>
              <OutcomeBadges profile={profile} />
              {canRequest && (
                <section className="card">
                  <ConnectWith other={profile} />
                </section>
              )}
              <section className="card">
                {profile.about && (
                  <p className="prose">
                    <LinkedText>{profile.about}</LinkedText>
                  </p>
                )}
                <dl className="dl">
                  {profile.sectors.length > 0 && <ChipRow label={t('fields.sectors')} items={profile.sectors.map(labels.sector)} />}
                  <Row label={t('fields.languages')}>{profile.languages.map((l) => t(`language.${l}`)).join(', ')}</Row>
                  <KindDetails profile={profile} />
                </dl>
              </section>
              <Products profile={profile} />
              <Documents profile={profile} />
              <section className="card">
                <h2>{t('profile.contact')}</h2>
                <ContactBlock profile={profile} />
              </section>
              {canRequest && me.profile?.kind !== 'startup' && <OwnConflict other={profile} />}
              {isStaff && <StaffTools profile={profile} />}
            </>
          );
        }}
      </QueryView>
    </div>
  );
}
