import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOpenedForm } from '../../lib/useOpenedForm.js';
import { OPEN_INTRO_STATUSES, type Intro, type IntroConnection } from '@ketnoi/contract';
import { useMyProfileId } from '../../api/hooks/auth.js';
import { useIntro, useIntroAction, useIntrosWith } from '../../api/hooks/intros.js';
import { FormError } from '../../components/States.js';
import { DeclineIntroForm } from './DeclineIntroForm.js';
import { RequestIntroForm } from './RequestIntroForm.js';
import { LinkedText } from '../../components/LinkedText.js';

interface Other {
  id: string;
  name: string;
}

/** An intro's state as a match card knows it (IntroConnection), or as read from the intro itself. */
export function connectionOf(intro: Intro, me: string | null): IntroConnection {
  return {
    introId: intro.id,
    status: intro.status,
    direction: intro.brokeredBy ? 'brokered' : intro.fromProfileId === me ? 'outgoing' : 'incoming',
    awaitingYou: intro.status === 'pending' && !!me && intro.awaiting.includes(me),
    ...(intro.conversationId ? { conversationId: intro.conversationId } : {}),
  };
}

/** Accept or decline (with an optional reason) an intro waiting for my answer, with the other side's message. */
function AnswerRequest({ introId, other }: { introId: string; other: Other }) {
  const { t } = useTranslation();
  const intro = useIntro(introId);
  const action = useIntroAction();
  const [declining, setDeclining] = useState(false);
  return (
    <div className="connect connect--incoming" role="group" aria-label={t('intros.connect.incomingTitle', { name: other.name })}>
      <p className="connect__status">{t('intros.connect.incoming', { name: other.name })}</p>
      {intro.data && (
        <blockquote className="intro__message">
          <LinkedText>{intro.data.message}</LinkedText>
        </blockquote>
      )}
      {declining ? (
        <DeclineIntroForm
          pending={action.isPending}
          onDecline={(extra) => action.mutate({ id: introId, action: 'decline', ...extra })}
          onClose={() => setDeclining(false)}
        />
      ) : (
        <div className="form__actions">
          <button
            type="button"
            className="btn btn--primary"
            disabled={action.isPending}
            onClick={() => action.mutate({ id: introId, action: 'accept' })}
          >
            {t('intros.accept')}
          </button>
          <button type="button" className="btn btn--secondary" disabled={action.isPending} onClick={() => setDeclining(true)}>
            {t('intros.decline')}
          </button>
        </div>
      )}
      <FormError error={action.error} />
    </div>
  );
}

/** What an existing intro lets me do instead of asking again: answer it, wait for it, or message. */
function ExistingIntro({ connection, other }: { connection: IntroConnection; other: Other }) {
  const { t } = useTranslation();
  if (connection.status === 'accepted') {
    return (
      <div className="connect connect--connected">
        <p className="connect__status">{t('intros.connect.connected', { name: other.name })}</p>
        <div className="form__actions">
          {connection.conversationId && (
            <Link className="btn btn--primary" to={`/chat/${encodeURIComponent(connection.conversationId)}`}>
              {t('intros.openChat')}
            </Link>
          )}
          <Link className="btn btn--secondary" to={`/consultations?intro=${encodeURIComponent(connection.introId)}`}>
            {t('intros.schedule')}
          </Link>
        </div>
      </div>
    );
  }
  if (connection.awaitingYou) return <AnswerRequest introId={connection.introId} other={other} />;
  const key =
    connection.status === 'pending_staff'
      ? 'intros.connect.waitingStaff'
      : connection.direction === 'incoming'
        ? 'intros.connect.incomingWaiting'
        : connection.direction === 'brokered'
          ? 'intros.connect.brokeredWaiting'
          : 'intros.connect.outgoing';
  // A request to me still with staff is not mine to read yet: no link to a list that does not hold it.
  const readable = !(connection.status === 'pending_staff' && connection.direction === 'incoming');
  return (
    <div className="connect">
      <p className="connect__status">{t(key, { name: other.name })}</p>
      {readable && (
        <Link to={connection.direction === 'outgoing' ? '/intros?box=outgoing' : '/intros'}>{t('intros.connect.seeIntro')}</Link>
      )}
    </div>
  );
}

/** The intro a refused second request named, read once to know what it is. */
function NamedIntro({ introId, other }: { introId: string; other: Other }) {
  const me = useMyProfileId();
  const intro = useIntro(introId);
  if (!intro.data) return null;
  return <ExistingIntro connection={connectionOf(intro.data, me)} other={other} />;
}

/**
 * "Xin giới thiệu" for someone I have no live intro with; otherwise what that intro allows (issue 14
 * items 20 and 22): answer their waiting request, see mine is waiting, or message once connected.
 * A request the server refuses because an intro exists turns into that intro.
 */
export function ConnectAction({ other, connection, needId }: { other: Other; connection?: IntroConnection | null; needId?: string }) {
  const { t } = useTranslation();
  const form = useOpenedForm();
  const [named, setNamed] = useState<string | null>(null);
  const live = connection && (connection.status === 'accepted' || OPEN_INTRO_STATUSES.includes(connection.status));
  if (named) return <NamedIntro introId={named} other={other} />;
  // The form stays until closed, so "sent" is read even after the list learns of the new intro.
  if (form.isOpen)
    return (
      <RequestIntroForm
        toProfileId={other.id}
        toName={other.name}
        needId={needId}
        onDone={form.close}
        onExisting={(id) => {
          form.closeWithoutFocus();
          setNamed(id);
        }}
      />
    );
  if (live) return <ExistingIntro connection={connection} other={other} />;
  return (
    <button type="button" className="btn btn--primary" autoFocus={form.refocus} onClick={form.open}>
      {t('intros.request')}
    </button>
  );
}

/** ConnectAction for one profile's page: looks up the live intro between us first. */
export function ConnectWith({ other, needId }: { other: Other; needId?: string }) {
  const me = useMyProfileId();
  const intros = useIntrosWith(other.id);
  if (intros.isPending) return null;
  const live = intros.data?.items.find((i) => i.status === 'accepted' || OPEN_INTRO_STATUSES.includes(i.status));
  return <ConnectAction other={other} connection={live ? connectionOf(live, me) : null} needId={needId} />;
}
