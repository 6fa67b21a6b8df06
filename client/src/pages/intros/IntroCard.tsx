import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useIntroAction, type IntroAction } from '../../api/hooks/intros.js';
import type { Intro } from '@ketnoi/contract';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { ProfileLink } from '../../components/ProfileName.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { FormError } from '../../components/States.js';
import { DeclineIntroForm } from './DeclineIntroForm.js';
import { LinkedText } from '../../components/LinkedText.js';

export function IntroCard({
  intro,
  myProfileId,
  staff,
  children,
}: {
  intro: Intro;
  myProfileId: string | null;
  staff?: boolean;
  /** More actions for where the card is shown (the staff queue's). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const action = useIntroAction();
  const [declining, setDeclining] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const cardRef = useRef<HTMLLIElement>(null);
  // Where the intro stood when I answered it (a brokered intro stays pending until both accept);
  // null when no answer of mine is in flight.
  const stage = `${intro.status}/${intro.awaiting.length}`;
  const answeredFrom = useRef<string | null>(null);

  // The button just pressed is gone once the intro changes: the focus moves to the next step
  // (the chat after accepting) or to the card itself instead of falling back to the page top.
  useEffect(() => {
    if (answeredFrom.current === null || answeredFrom.current === stage) return;
    answeredFrom.current = null;
    const card = cardRef.current;
    (card?.querySelector<HTMLElement>('.form__actions .btn--primary') ?? card)?.focus();
  }, [stage]);

  const incoming = intro.toProfileId === myProfileId;
  // The server says whose answer the intro waits for (`awaiting`); the parties' summaries come with it.
  const canAnswer = intro.status === 'pending' && !!myProfileId && intro.awaiting.includes(myProfileId);
  const canWithdraw =
    intro.fromProfileId === myProfileId && !intro.brokeredBy && (intro.status === 'pending' || intro.status === 'pending_staff');
  const canApprove = !!staff && intro.status === 'pending_staff';
  const run = (kind: IntroAction, extra?: { reason?: string }) => {
    answeredFrom.current = stage;
    action.mutate({ id: intro.id, action: kind, ...extra }, { onError: () => (answeredFrom.current = null) });
  };

  return (
    <li className="card intro" data-testid="intro" data-status={intro.status} ref={cardRef} tabIndex={-1}>
      <div className="intro__head">
        <div>
          {intro.brokeredBy || staff ? (
            <p className="intro__who">
              <ProfileLink profile={intro.from} /> ⇄ <ProfileLink profile={intro.to} />
            </p>
          ) : (
            <p className="intro__who">
              <span className="muted">{incoming ? t('intros.from') : t('intros.to')} </span>
              <ProfileLink profile={incoming ? intro.from : intro.to} />
            </p>
          )}
          {intro.brokeredBy && <p className="eyebrow">{t('intros.brokered')}</p>}
        </div>
        <StatusBadge status={intro.status} />
      </div>
      <blockquote className="intro__message">
        <LinkedText>{intro.message}</LinkedText>
      </blockquote>
      {(intro.status === 'declined' || intro.status === 'rejected') && intro.declineReason && (
        <p className="intro__reason">
          <strong>{t('intros.declinedBecause')}</strong> {intro.declineReason}
        </p>
      )}
      <p className="muted">
        {formatDateTime(intro.createdAt)}
        {(intro.status === 'pending' || intro.status === 'pending_staff') && (
          <> · {t('intros.expires', { date: formatDate(intro.expiresAt) })}</>
        )}
        {intro.needId && (
          <>
            {' · '}
            <Link to={`/needs/${encodeURIComponent(intro.needId)}`}>{t('intros.aboutNeed')}</Link>
          </>
        )}
      </p>
      {intro.brokeredBy && intro.status === 'pending' && (
        <p className="muted">{t('intros.acceptedCount', { count: intro.acceptedBy.length })}</p>
      )}
      <div className="form__actions">
        {canAnswer && !declining && (
          <>
            <button type="button" className="btn btn--primary" disabled={action.isPending} onClick={() => run('accept')}>
              {t('intros.accept')}
            </button>
            <button type="button" className="btn btn--secondary" disabled={action.isPending} onClick={() => setDeclining(true)}>
              {t('intros.decline')}
            </button>
          </>
        )}
        {canWithdraw && (
          <button type="button" className="btn btn--secondary" disabled={action.isPending} onClick={() => run('withdraw')}>
            {t('intros.withdraw')}
          </button>
        )}
        {canApprove && !rejecting && (
          <>
            <button type="button" className="btn btn--primary" disabled={action.isPending} onClick={() => run('approve')}>
              {t('intros.approve')}
            </button>
            {/* A rejection is final: it asks first, with a reason the requester reads. */}
            <button type="button" className="btn btn--secondary" disabled={action.isPending} onClick={() => setRejecting(true)}>
              {t('intros.reject')}
            </button>
          </>
        )}
        {intro.status === 'accepted' && intro.conversationId && (
          <Link className="btn btn--primary" to={`/chat/${encodeURIComponent(intro.conversationId)}`}>
            {t('intros.openChat')}
          </Link>
        )}
        {intro.status === 'accepted' && !staff && (
          <Link className="btn btn--secondary" to={`/consultations?intro=${encodeURIComponent(intro.id)}`}>
            {t('intros.schedule')}
          </Link>
        )}
        {intro.history.length > 0 && (
          <button type="button" className="btn btn--ghost btn--small" aria-expanded={showHistory} onClick={() => setShowHistory((s) => !s)}>
            {t('intros.history')}
          </button>
        )}
      </div>
      {children}
      {declining && (
        <DeclineIntroForm pending={action.isPending} onDecline={(extra) => run('decline', extra)} onClose={() => setDeclining(false)} />
      )}
      {rejecting && canApprove && (
        <DeclineIntroForm
          pending={action.isPending}
          onDecline={(extra) => run('reject', extra)}
          onClose={() => setRejecting(false)}
          reasonLabel={t('intros.rejectReason')}
          submitLabel={t('intros.confirmReject')}
        />
      )}
      {showHistory && (
        <ol className="history">
          {intro.history.map((h, i) => (
            <li key={i}>
              {formatDateTime(h.at)}: {h.from ? `${t(`status.${h.from}`, { defaultValue: h.from })} → ` : ''}
              {t(`status.${h.to}`, { defaultValue: h.to })}
            </li>
          ))}
        </ol>
      )}
      <FormError error={action.error} />
    </li>
  );
}
