// The organisers' console of one event: registrants (with assisted registration), check-in at the
// door, the meeting board with re-planning, and the event itself (edit, publish, complete, cancel).
// Co-organising provinces run the door and the desk; only the organiser's staff change the event.
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CalendarEvent, EventStatus, Me } from '@ketnoi/contract';
import { useMe } from '../../api/hooks/auth.js';
import { useEvent, useEventsLive, usePatchEvent } from '../../api/hooks/events.js';
import { ErrorState, Forbidden, Loading } from '../../components/States.js';
import { Tabs } from '../../components/Tabs.js';
import { useNow } from '../../lib/useNow.js';
import { CheckinPanel } from './CheckinPanel.js';
import { EventForm, draftOf, patchBody } from './EventForm.js';
import { EventBadges } from './EventCard.js';
import { EventFormError } from './eventErrors.js';
import { MeetingBoard } from './MeetingBoard.js';
import { Registrants } from './Registrants.js';
import { canManage, canOrganise, whenText } from './eventView.js';
import './events.css';

const TABS = ['registrants', 'checkin', 'board', 'edit'] as const;
type Tab = (typeof TABS)[number];
const tabIds = (name: Tab) => ({ tab: `tab-${name}`, panel: `panel-${name}` });

function StatusActions({ event }: { event: CalendarEvent }) {
  const { t } = useTranslation();
  const patch = usePatchEvent(event.id);
  const now = useNow();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const go = (status: EventStatus) => patch.mutate({ status });
  return (
    <section className="card">
      <h2>{t('events.console.statusTitle', { status: t(`events.status.${event.status}`) })}</h2>
      <div className="form__actions">
        {event.status === 'draft' && (
          <button type="button" className="btn btn--primary" disabled={patch.isPending} onClick={() => go('published')}>
            {t('events.console.publish')}
          </button>
        )}
        {event.status === 'published' && Date.parse(event.startsAt) <= now && (
          <button type="button" className="btn btn--secondary" disabled={patch.isPending} onClick={() => go('completed')}>
            {t('events.console.complete')}
          </button>
        )}
        {event.status === 'published' &&
          Date.parse(event.endsAt) > now &&
          (confirmCancel ? (
            <>
              <button type="button" className="btn btn--secondary" disabled={patch.isPending} onClick={() => go('cancelled')}>
                {t('events.console.cancelYes', { count: event.registered + event.waitlisted })}
              </button>
              <button type="button" className="btn btn--ghost" onClick={() => setConfirmCancel(false)}>
                {t('common.cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="btn btn--ghost" onClick={() => setConfirmCancel(true)}>
              {t('events.console.cancelEvent')}
            </button>
          ))}
      </div>
      {event.status === 'draft' && <p className="muted">{t('events.console.draftHint')}</p>}
      <EventFormError error={patch.error} />
    </section>
  );
}

function EditEvent({ event, me }: { event: CalendarEvent; me: Me }) {
  const { t } = useTranslation();
  const patch = usePatchEvent(event.id);
  const [saved, setSaved] = useState(false);
  const before = draftOf(event, me);
  if (!canManage(me, event)) return <p className="muted">{t('events.console.coOrganiserOnly')}</p>;
  const over = event.status === 'cancelled' || event.status === 'completed';
  return (
    <>
      {!over && <StatusActions event={event} />}
      {over ? (
        <p className="muted">{t('events.console.noMoreChanges')}</p>
      ) : (
        <section className="card">
          <h2>{t('events.console.editTitle')}</h2>
          {saved && (
            <p className="notice notice--ok" role="status">
              {t('events.console.saved')}
            </p>
          )}
          <EventForm
            key={event.updatedAt}
            me={me}
            event={event}
            saving={patch.isPending}
            error={patch.error}
            onSubmit={(draft) => {
              setSaved(false);
              const body = patchBody(before, draft);
              if (Object.keys(body).length === 0) return setSaved(true);
              patch.mutate(body, { onSuccess: () => setSaved(true) });
            }}
          />
        </section>
      )}
    </>
  );
}

export default function ConsolePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data: me } = useMe();
  const query = useEvent(id);
  useEventsLive();
  const requested = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(requested ?? '') ? (requested as Tab) : 'registrants';

  if (query.isPending || !me) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const event = query.data;
  if (!canOrganise(me, event)) return <Forbidden reason={t('events.console.notOrganiser')} />;
  const tabs = TABS.filter((name) => name !== 'board' || event.meetings);

  return (
    <div className="page page--wide console-page">
      <p className="breadcrumb">
        <Link to={`/events/${encodeURIComponent(event.id)}`}>← {t('events.console.publicPage')}</Link>
      </p>
      <header className="console-head">
        <EventBadges event={event} />
        <h1>{event.title}</h1>
        <p className="muted">
          {whenText(event)} ·{' '}
          {t('events.console.counts', { registered: event.registered, waitlisted: event.waitlisted, checkedIn: event.checkedIn })}
        </p>
      </header>
      <Tabs
        twoRowsOnPhone
        label={t('events.console.title')}
        values={tabs}
        selected={tab}
        onSelect={(name) => setParams({ tab: name }, { replace: true })}
        labelOf={(name) => t(`events.console.tabs.${name}`)}
        ids={tabIds}
      />
      <div role="tabpanel" id={tabIds(tab).panel} aria-labelledby={tabIds(tab).tab} className="console-panel">
        {tab === 'registrants' && <Registrants event={event} me={me} />}
        {tab === 'checkin' && <CheckinPanel eventId={event.id} startsAt={event.startsAt} />}
        {tab === 'board' && <MeetingBoard event={event} />}
        {tab === 'edit' && <EditEvent event={event} me={me} />}
      </div>
    </div>
  );
}
