// One-to-one meetings at an event, for a registered participant: requests to answer, meetings
// accepted (with their slot and table), requests sent, and whom to meet — ranked by the matching
// service with its reasons. Everything updates live (`meeting:new`, `meeting:updated`).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOpenedForm } from '../../lib/useOpenedForm.js';
import type { Meeting, MeetingSuggestion } from '@ketnoi/contract';
import { useMe } from '../../api/hooks/auth.js';
import { useEvent, useEventsLive, useMeetingChange, useMeetings, useRegistrations, useSuggestions } from '../../api/hooks/events.js';
import { useLabels } from '../../api/hooks/reference.js';
import { TextArea } from '../../components/Field.js';
import { FormActions } from '../../components/FormActions.js';
import { ScoreBar } from '../../components/ScoreBar.js';
import { EmptyState, Loading, ItemsView, QueryView, ListOf } from '../../components/States.js';
import { MeetingCard } from './MeetingCard.js';
import { OffersSeeks } from './Participants.js';
import { EventFormError } from './eventErrors.js';
import './events.css';

function RequestForm({
  eventId,
  withProfileId,
  name,
  onDone,
  onSent,
}: {
  eventId: string;
  withProfileId: string;
  name: string;
  /** Closed, sent or not. */
  onDone: () => void;
  onSent: (name: string) => void;
}) {
  const { t } = useTranslation();
  const change = useMeetingChange(eventId);
  const [message, setMessage] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate(
      { action: 'request', withProfileId, message: message.trim() },
      {
        onSuccess: () => {
          onSent(name);
          onDone();
        },
      },
    );
  };
  return (
    <form className="form subcard" onSubmit={onSubmit} aria-label={t('events.meetings.askTitle', { name })}>
      <TextArea
        label={t('events.meetings.message', { name })}
        hint={t('events.meetings.messageHint')}
        rows={3}
        maxLength={1000}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        // Opened by tapping "Mời gặp": the message is the next thing to write.
        autoFocus
      />
      <EventFormError error={change.error} />
      <FormActions submitLabel={t('events.meetings.send')} pending={change.isPending} onCancel={onDone} />
    </form>
  );
}

/**
 * Said where the person is looking once a request has gone: the suggestion they asked leaves the list
 * (nobody is suggested twice), so without it the card just vanishes. Takes the focus for the same reason.
 */
function SentNote({ name }: { name: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), [name]);
  return (
    <p className="notice notice--ok" role="status" tabIndex={-1} ref={ref}>
      {t('events.meetings.sentNote', { name })}
    </p>
  );
}

function SuggestionCard({
  eventId,
  suggestion,
  onSent,
}: {
  eventId: string;
  suggestion: MeetingSuggestion;
  onSent: (name: string) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const form = useOpenedForm();
  const { profile } = suggestion;
  return (
    <li className="card suggestion" data-testid="suggestion">
      <p className="meeting__who">
        <Link to={`/profiles/${encodeURIComponent(profile.id)}`}>{profile.name}</Link>
        <span className="muted">
          {' '}
          · {t(`roles.${profile.kind}`)} · {labels.province(profile.province)}
        </span>
      </p>
      {profile.headline && <p className="muted">{profile.headline}</p>}
      <ScoreBar value={suggestion.score} label={t('events.meetings.score', { name: profile.name })} />
      <ul className="suggestion__reasons">
        {suggestion.reasons
          .filter((r) => r.score > 0)
          .map((r) => (
            <li key={r.criterion}>{r.detail}</li>
          ))}
      </ul>
      <OffersSeeks offers={suggestion.offers} seeks={suggestion.seeks} />
      {form.isOpen ? (
        <RequestForm eventId={eventId} withProfileId={profile.id} name={profile.name} onSent={onSent} onDone={form.close} />
      ) : (
        <button type="button" className="btn btn--secondary" autoFocus={form.refocus} onClick={form.open}>
          {t('events.meetings.ask')}
        </button>
      )}
    </li>
  );
}

function MeetingList({
  title,
  meetings,
  myProfileId,
  empty,
}: {
  title: string;
  meetings: Meeting[];
  myProfileId: string | null;
  empty?: string;
}) {
  if (meetings.length === 0 && !empty) return null;
  return (
    <section>
      <h2>
        {title} <span className="badge badge--count">{meetings.length}</span>
      </h2>
      {meetings.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="plain-list">
          {meetings.map((m) => (
            <MeetingCard key={m.id} meeting={m} myProfileId={myProfileId} />
          ))}
        </ul>
      )}
    </section>
  );
}

const bySlot = (a: Meeting, b: Meeting) => (a.slot?.startsAt ?? '~').localeCompare(b.slot?.startsAt ?? '~');

export default function MeetingsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data: me } = useMe();
  const myProfileId = me?.profile?.id ?? null;
  const event = useEvent(id);
  const registered = event.data?.myRegistration?.status === 'registered';
  const meetings = useMeetings(id, registered);
  const suggestions = useSuggestions(id, registered);
  const participants = useRegistrations(id, 'participant', registered && !!params.get('with'));
  const [sentTo, setSentTo] = useState<string | null>(null);
  useEventsLive();

  if (event.isPending) return <Loading />;
  const base = `/events/${encodeURIComponent(id)}`;
  const head = (
    <div className="page__head">
      <div>
        <p className="breadcrumb">
          <Link to={base}>← {event.data?.title ?? t('events.backToEvent')}</Link>
        </p>
        <h1>{t('events.meetings.title')}</h1>
      </div>
      <Link className="btn btn--secondary" to={`${base}/agenda`}>
        {t('events.links.agenda')}
      </Link>
    </div>
  );
  if (!registered || !event.data?.meetings)
    return (
      <div className="page">
        {head}
        <EmptyState title={event.data?.meetings ? t('events.meetings.registerFirst') : t('events.meetings.none')} />
      </div>
    );

  const withId = params.get('with');
  const withName = withId
    ? (participants.data?.find((r) => r.profileId === withId)?.profile.name ??
      suggestions.data?.items.find((s) => s.profile.id === withId)?.profile.name)
    : undefined;
  const all = meetings.data ?? [];
  const incoming = all.filter((m) => m.status === 'requested' && m.inviteeId === myProfileId);
  const accepted = all.filter((m) => m.status === 'accepted').sort(bySlot);
  const sent = all.filter((m) => m.status === 'requested' && m.requesterId === myProfileId);
  const past = all.filter((m) => m.status === 'declined' || m.status === 'cancelled');

  return (
    <div className="page meetings-page">
      {head}
      <p className="muted">
        {t('events.meetings.lead', { max: event.data.meetings.maxPerParticipant, minutes: event.data.meetings.slotMinutes })}
      </p>
      {withId && withName && (
        <section className="card">
          <h2>{t('events.meetings.askTitle', { name: withName })}</h2>
          <RequestForm
            eventId={id}
            withProfileId={withId}
            name={withName}
            onSent={setSentTo}
            onDone={() => setParams({}, { replace: true })}
          />
        </section>
      )}
      <QueryView query={meetings}>
        {() => (
          <>
            <MeetingList title={t('events.meetings.incoming')} meetings={incoming} myProfileId={myProfileId} />
            <MeetingList
              title={t('events.meetings.accepted')}
              meetings={accepted}
              myProfileId={myProfileId}
              empty={t('events.meetings.noneAccepted')}
            />
            <MeetingList title={t('events.meetings.sent')} meetings={sent} myProfileId={myProfileId} />
          </>
        )}
      </QueryView>
      <section aria-labelledby="suggestions-title">
        <h2 id="suggestions-title">{t('events.meetings.suggestions')}</h2>
        <p className="muted">{t('events.meetings.suggestionsLead')}</p>
        {sentTo && <SentNote name={sentTo} />}
        <ItemsView query={suggestions} empty={<EmptyState title={t('events.meetings.noSuggestions')} />}>
          {(items) => (
            <ListOf
              items={items}
              className="plain-list"
              item={(s) => <SuggestionCard key={s.profile.id} eventId={id} suggestion={s} onSent={setSentTo} />}
            />
          )}
        </ItemsView>
        <p>
          <Link to={`${base}#participants-title`}>{t('events.meetings.everyone')}</Link>
        </p>
      </section>
      {past.length > 0 && (
        <details className="past-meetings">
          <summary>{t('events.meetings.past', { count: past.length })}</summary>
          <ul className="plain-list">
            {past.map((m) => (
              <MeetingCard key={m.id} meeting={m} myProfileId={myProfileId} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
