// One event, open to everyone while published: what, when, where, who organises it, places left,
// and the visitor's registration (ticket with QR code, waitlist place). Registered participants
// reach the one-to-one meetings, their agenda and who else is coming; organisers reach the console
// and see which events of the region overlap this one.
import { Link, useParams } from 'react-router';
import { pageTitle, usePageTitle } from '../../app/pageTitle.js';
import { useTranslation } from 'react-i18next';
import type { CalendarEvent } from '@ketnoi/contract';
import { useMe } from '../../api/hooks/auth.js';
import { useEvent, useEventOverlaps, useEventsLive } from '../../api/hooks/events.js';
import { useProfile } from '../../api/hooks/profiles.js';
import { useLabels } from '../../api/hooks/reference.js';
import { isApiError } from '../../api/http.js';
import { ErrorState, Loading } from '../../components/States.js';
import { formatNumber, formatTime } from '../../lib/format.js';
import { EventBadges, useOrganisersText } from './EventCard.js';
import { OverlapList } from './OverlapList.js';
import { Participants } from './Participants.js';
import { RegistrationBox } from './RegistrationBox.js';
import { canManage, canOrganise, weekday, whenText } from './eventView.js';
import { EventCallSection, OrganiserCallPanel } from '../calls/mount.js';
import './events.css';
import { LinkedText } from '../../components/LinkedText.js';

/** The provider lending the venue (its name from its public profile; a link for signed-in people). */
function VenueProviderRow({ providerId, signedIn }: { providerId: string; signedIn: boolean }) {
  const { t } = useTranslation();
  const provider = useProfile(providerId);
  if (!provider.data) return null;
  return (
    <div className="facts__row">
      <dt>{t('events.facts.venueProvider')}</dt>
      <dd>{signedIn ? <Link to={`/profiles/${encodeURIComponent(providerId)}`}>{provider.data.name}</Link> : provider.data.name}</dd>
    </div>
  );
}

function Facts({ event, signedIn }: { event: CalendarEvent; signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const organisers = useOrganisersText();
  const where = event.venue
    ? [event.venue.name, event.venue.address].filter(Boolean).join(', ') + (event.online ? ` · ${t('events.alsoOnline')}` : '')
    : event.online
      ? t('events.online')
      : t('events.venueTbd');
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>{t('events.facts.when')}</dt>
        <dd>
          {weekday(event.startsAt, i18n.language)}, {whenText(event)}
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t('events.facts.where')}</dt>
        <dd>{where}</dd>
      </div>
      {event.venue?.providerId && <VenueProviderRow providerId={event.venue.providerId} signedIn={signedIn} />}
      <div className="facts__row">
        <dt>{t('events.facts.organisers')}</dt>
        <dd>{organisers(event)}</dd>
      </div>
      {event.topics.length > 0 && (
        <div className="facts__row">
          <dt>{t('events.facts.topics')}</dt>
          <dd>{event.topics.map(labels.category).join(', ')}</dd>
        </div>
      )}
      <div className="facts__row">
        <dt>{t('events.facts.places')}</dt>
        <dd>
          {event.capacity === null
            ? t('events.facts.registeredNoLimit', { count: event.registered, formatted: formatNumber(event.registered) })
            : t('events.facts.registeredOf', { registered: formatNumber(event.registered), capacity: formatNumber(event.capacity) })}
          {event.waitlisted > 0 && ` · ${t('events.facts.waitlisted', { count: event.waitlisted })}`}
        </dd>
      </div>
      {event.meetings && (
        <div className="facts__row">
          <dt>{t('events.facts.meetings')}</dt>
          <dd>
            {t('events.facts.meetingsText', {
              from: formatTime(event.meetings.from),
              to: formatTime(event.meetings.to),
              minutes: event.meetings.slotMinutes,
              tables: event.meetings.tables,
            })}
          </dd>
        </div>
      )}
    </dl>
  );
}

/** Organisers: the console, and the region's overlapping events (the duplicated workshops). */
function OrganiserPanel({ event }: { event: CalendarEvent }) {
  const { t, i18n } = useTranslation();
  const overlaps = useEventOverlaps({
    province: event.province,
    coOrganizers: event.coOrganizers,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    topics: event.topics,
    kind: event.kind,
    excludeId: event.id,
    lang: i18n.language.startsWith('en') ? 'en' : 'vi',
  });
  return (
    <section className="card organiser-panel" aria-label={t('events.console.title')}>
      <div className="form__actions">
        <Link className="btn btn--primary" to={`/events/${encodeURIComponent(event.id)}/manage`}>
          {t('events.console.open')}
        </Link>
        <span className="muted">{t('events.console.checkedInCount', { count: event.checkedIn, registered: event.registered })}</span>
      </div>
      {overlaps.data && <OverlapList overlaps={overlaps.data.items} />}
    </section>
  );
}

export default function EventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: me } = useMe();
  const query = useEvent(id);
  useEventsLive();
  // The event's own name on the tab (and in a link shared from it), as the server writes it.
  usePageTitle(query.data ? pageTitle(query.data.title) : undefined);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404)
      return (
        <div className="page">
          <h1>{t('events.notFound')}</h1>
          <Link to="/events">{t('events.backToCalendar')}</Link>
        </div>
      );
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const event = query.data;
  const registered = event.myRegistration?.status === 'registered';
  const base = `/events/${encodeURIComponent(event.id)}`;

  return (
    <article className="page event-page">
      <p className="breadcrumb">
        <Link to="/events">← {t('events.backToCalendar')}</Link>
      </p>
      <header className="event-head">
        <EventBadges event={event} />
        <h1>{event.title}</h1>
        <Facts event={event} signedIn={!!me} />
      </header>

      {canOrganise(me, event) && (canManage(me, event) || event.status !== 'draft') && <OrganiserPanel event={event} />}
      {/* The event's call for entries, if any (docs/CALLS.md); organisers may open one from here. */}
      {canOrganise(me, event) ? <OrganiserCallPanel eventId={event.id} /> : <EventCallSection eventId={event.id} />}

      <RegistrationBox event={event} me={me} />

      {registered && event.meetings && event.status === 'published' && (
        <nav className="event-links" aria-label={t('events.links.label')}>
          <Link className="btn btn--primary" to={`${base}/meetings`}>
            {t('events.links.meetings')}
          </Link>
          <Link className="btn btn--secondary" to={`${base}/agenda`}>
            {t('events.links.agenda')}
          </Link>
        </nav>
      )}

      {event.description && (
        <section aria-labelledby="about-title">
          <h2 id="about-title">{t('events.about')}</h2>
          <p className="prose">
            <LinkedText>{event.description}</LinkedText>
          </p>
        </section>
      )}

      {registered && (
        <Participants
          eventId={event.id}
          myProfileId={me?.profile?.id ?? null}
          meetPath={
            event.meetings && event.status === 'published'
              ? (profileId) => `${base}/meetings?with=${encodeURIComponent(profileId)}`
              : undefined
          }
        />
      )}
    </article>
  );
}
