import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOpenedForm } from '../../lib/useOpenedForm.js';
import { focusOnMount } from '../../lib/focus.js';
import { OPPORTUNITY_DEFAULT_DAYS, type Opportunity } from '@ketnoi/contract';
import { isApiError } from '../../api/http.js';
import { useMe } from '../../api/hooks/auth.js';
import { useOpportunity, useOpportunityInterest, useUpdateOpportunity } from '../../api/hooks/opportunities.js';
import { useLabels } from '../../api/hooks/reference.js';
import { pageTitle, usePageTitle } from '../../app/pageTitle.js';
import { formatDate } from '../../lib/format.js';
import { TextArea } from '../../components/Field.js';
import { FormActions } from '../../components/FormActions.js';
import { PublicNav } from '../../components/PublicNav.js';
import { FormError, Loading } from '../../components/States.js';
import { PublicNotFound } from '../portal/NotFoundState.js';
import { VisitorCta } from '../portal/VisitorCta.js';
import { OpportunityForm } from './OpportunityForm.js';
import { OpportunityStatus } from './OpportunityCard.js';
import { LinkedText } from '../../components/LinkedText.js';

/** Why "Quan tâm" was refused with 409, in words: closed or expired meanwhile, or an intro already open. */
function conflictText(error: unknown, t: (key: string) => string): string | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const status = (error.details as { status?: string } | undefined)?.status;
  if (status === 'closed' || status === 'expired') return t(`portal.opportunities.interestRefused.${status}`);
  if ((error.details as { profile?: string } | undefined)?.profile === 'missing')
    return t('portal.opportunities.interestRefused.noProfile');
  return t('portal.opportunities.interestRefused.other');
}

function Interest({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const form = useOpenedForm();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string>();
  const interest = useOpportunityInterest(opportunity.id);
  if (interest.isSuccess) {
    return (
      // Focused when it replaces the form, so the sender's place is not lost with the send button.
      <div className="notice notice--ok" role="status" tabIndex={-1} ref={focusOnMount}>
        <p>{t('portal.opportunities.interestSent', { name: opportunity.profile.name })}</p>
        <Link to="/intros?box=outgoing">{t('intros.seeOutgoing')}</Link>
      </div>
    );
  }
  if (!form.isOpen) {
    return (
      <button type="button" className="btn btn--primary btn--large" autoFocus={form.refocus} onClick={form.open}>
        {t('portal.opportunities.interest')}
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim()) {
      (event.currentTarget as HTMLFormElement).querySelector('textarea')?.focus();
      return setError(t('validation.required'));
    }
    interest.mutate({ message: message.trim() });
  };
  const refused = conflictText(interest.error, t);
  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextArea
        label={t('portal.opportunities.interestMessage', { name: opportunity.profile.name })}
        hint={t('portal.opportunities.interestHint')}
        value={message}
        maxLength={2000}
        rows={3}
        onChange={(e) => {
          setMessage(e.target.value);
          setError(undefined);
        }}
        error={error}
        required
        // Opened by tapping "Quan tâm": the message is the next thing to write.
        autoFocus
      />
      {refused ? (
        <p className="form-error" role="alert">
          {refused}
        </p>
      ) : (
        <FormError error={interest.error} />
      )}
      <FormActions
        submitLabel={interest.isPending ? t('common.sending') : t('intros.send')}
        pending={interest.isPending}
        onCancel={form.close}
      />
    </form>
  );
}

function OwnerTools({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const update = useUpdateOpportunity(opportunity.id);
  const renew = () => {
    const expiresAt = new Date(Date.now() + OPPORTUNITY_DEFAULT_DAYS * 86_400_000).toISOString();
    update.mutate({ expiresAt });
  };
  if (editing) {
    return (
      <section className="card">
        <h2>{t('portal.opportunities.edit')}</h2>
        <OpportunityForm opportunity={opportunity} defaultProvince={opportunity.province} onDone={() => setEditing(false)} />
        <button type="button" className="btn btn--ghost" onClick={() => setEditing(false)}>
          {t('common.cancel')}
        </button>
      </section>
    );
  }
  return (
    <section className="card">
      <h2>{t('portal.opportunities.yours')}</h2>
      <div className="form__actions">
        {opportunity.status !== 'closed' && (
          <button type="button" className="btn btn--secondary" onClick={() => setEditing(true)}>
            {t('portal.opportunities.edit')}
          </button>
        )}
        {opportunity.status !== 'closed' && (
          <button type="button" className="btn btn--secondary" disabled={update.isPending} onClick={renew}>
            {t('portal.opportunities.renew', { days: OPPORTUNITY_DEFAULT_DAYS })}
          </button>
        )}
        {opportunity.status !== 'closed' && (
          <button type="button" className="btn btn--ghost" disabled={update.isPending} onClick={() => update.mutate({ status: 'closed' })}>
            {t('portal.opportunities.close')}
          </button>
        )}
      </div>
      {opportunity.status === 'closed' && <p className="muted">{t('portal.opportunities.closedForGood')}</p>}
      <FormError error={update.error} />
    </section>
  );
}

/** /opportunities/:id: one offer or request; its owner edits, closes or renews it, others answer "Quan tâm". */
export default function OpportunityPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: me } = useMe();
  const query = useOpportunity(id);
  const opportunity = query.data;
  usePageTitle(opportunity ? pageTitle(opportunity.title) : undefined);
  if (query.isPending) return <Loading />;
  if (!opportunity) {
    return (
      <div className="page public-page">
        <PublicNav />
        <PublicNotFound error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  const isOwner = !!me?.profile && me.profile.id === opportunity.profileId;
  const profileLink = `${me ? '/profiles/' : '/p/'}${encodeURIComponent(opportunity.profileId)}`;
  return (
    <div className="page public-page">
      {!me && <PublicNav />}
      <p className="eyebrow">
        {t(`portal.opportunities.typeName.${opportunity.type}`)} · {labels.category(opportunity.category)}
      </p>
      <h1>
        {opportunity.title} <OpportunityStatus opportunity={opportunity} />
      </h1>
      <p className="muted">
        <Link to={profileLink}>{opportunity.profile.name}</Link> · {labels.province(opportunity.province)} ·{' '}
        {t('portal.opportunities.until', { date: formatDate(opportunity.expiresAt) })}
      </p>
      {opportunity.description && (
        <p className="prose card">
          <LinkedText>{opportunity.description}</LinkedText>
        </p>
      )}
      {isOwner ? (
        <OwnerTools opportunity={opportunity} />
      ) : me?.profile ? (
        opportunity.status === 'open' ? (
          <Interest opportunity={opportunity} />
        ) : (
          <p className="notice">{t(`portal.opportunities.interestRefused.${opportunity.status}`)}</p>
        )
      ) : me ? (
        <p className="muted">{t('portal.opportunities.profileNeeded')}</p>
      ) : (
        <VisitorCta message={t('portal.opportunities.visitorCta')} next={`/opportunities/${opportunity.id}`} />
      )}
    </div>
  );
}
