// The organisers' list of registrants: search by name or ticket code, filter by status and check-in,
// check someone in from the list, cancel a registration, print a person's agenda; and assisted
// registration — staff register a founder of their province who has no smartphone.
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { REGISTRATION_STATUSES, type CalendarEvent, type Me, type Registration, type RegistrationStatus } from '@ketnoi/contract';
import { useCancelRegistration, useCheckIn, useRegister, useRegistrations, useUndoCheckIn } from '../../api/hooks/events.js';
import { useLabels } from '../../api/hooks/reference.js';
import { InlineSelect } from '../../components/InlineSelect.js';
import { ProfilePicker } from '../../components/ProfilePicker.js';
import { EmptyState, QueryView } from '../../components/States.js';
import { Table } from '../../components/Table.js';
import { oneOf } from '../../lib/codes.js';
import { formatDateTime } from '../../lib/format.js';
import { matchesFolded } from '../../lib/text.js';
import { EventFormError } from './eventErrors.js';
import { spacedCode } from './Ticket.js';

type CheckedFilter = '' | 'yes' | 'no';

function AssistedRegistration({ event, me }: { event: CalendarEvent; me: Me }) {
  const { t } = useTranslation();
  const change = useRegister(event.id);
  const [profile, setProfile] = useState<{ id: string; name: string } | null>(null);
  const [done, setDone] = useState<Registration | null>(null);
  const province = me.user.role === 'staff' ? (me.user.province ?? undefined) : undefined;
  return (
    <details className="card assisted">
      <summary>{t('events.registrants.assistTitle')}</summary>
      <p className="muted">{t('events.registrants.assistLead')}</p>
      <ProfilePicker
        label={t('events.registrants.assistPick')}
        kinds={['startup', 'expert', 'investor', 'provider']}
        province={province}
        value={profile?.id ?? ''}
        onChange={(id, name) => {
          setProfile({ id, name });
          setDone(null);
        }}
      />
      <EventFormError error={change.error} />
      {done && (
        <p className="notice notice--ok" role="status">
          {t(done.status === 'registered' ? 'events.registrants.assistDone' : 'events.registrants.assistWaitlisted', {
            name: done.profile.name,
            code: spacedCode(done.code ?? ''),
          })}
        </p>
      )}
      <button
        type="button"
        className="btn btn--primary"
        disabled={!profile || change.isPending || !event.registrationOpen}
        onClick={() => profile && change.mutate({ profileId: profile.id }, { onSuccess: setDone })}
      >
        {profile ? t('events.registrants.assistSubmit', { name: profile.name }) : t('events.registrants.assistPick')}
      </button>
      {!event.registrationOpen && <p className="muted">{t('events.registrants.assistClosed')}</p>}
    </details>
  );
}

function Row({ registration: r, eventId, canCheckIn }: { registration: Registration; eventId: string; canCheckIn: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const checkIn = useCheckIn(eventId);
  const undo = useUndoCheckIn(eventId);
  const change = useCancelRegistration(eventId);
  const [confirming, setConfirming] = useState(false);
  // Which of "Hủy đăng ký" and its confirmation was just swapped in, so it takes the focus.
  const [swapped, setSwapped] = useState(false);
  const actions = useRef<HTMLDivElement>(null);
  return (
    <tr data-testid="registrant">
      <td>
        <strong>{r.profile.name}</strong>
        <span className="registrant__meta">
          {t(`roles.${r.profile.kind}`)} · {labels.province(r.profile.province)}
          {r.assisted && ` · ${t('events.registrants.assisted')}`}
        </span>
        {r.note && <span className="registrant__note">{r.note}</span>}
      </td>
      <td data-label={t('events.registrants.status')}>
        <span className={`badge badge--${r.status === 'registered' ? 'ok' : r.status === 'waitlisted' ? 'warn' : 'muted'}`}>
          {t(`events.status.${r.status}`)}
          {r.status === 'waitlisted' && r.waitlistPosition ? ` #${r.waitlistPosition}` : ''}
        </span>
      </td>
      <td className="registrant__code" data-label={t('events.registrants.code')}>
        {r.code ? spacedCode(r.code) : '—'}
      </td>
      <td data-label={t('events.registrants.checkedIn')}>{r.checkedInAt ? formatDateTime(r.checkedInAt) : '—'}</td>
      <td>
        <div className="registrant__actions" ref={actions}>
          {canCheckIn && r.status === 'registered' && !r.checkedInAt && r.code && (
            <button
              type="button"
              className="btn btn--secondary btn--small"
              disabled={checkIn.isPending}
              // The button goes once the person is in: the row's agenda link keeps the focus.
              onClick={() => checkIn.mutate(r.code!, { onSuccess: () => actions.current?.querySelector('a')?.focus() })}
            >
              {t('events.registrants.checkIn')}
            </button>
          )}
          {canCheckIn && r.checkedInAt && (
            <button
              type="button"
              className="btn btn--ghost btn--small"
              disabled={undo.isPending}
              onClick={() => undo.mutate(r.id, { onSuccess: () => actions.current?.querySelector('a')?.focus() })}
            >
              {t('events.registrants.undoCheckIn')}
            </button>
          )}
          {r.status === 'registered' && (
            <Link
              className="btn btn--ghost btn--small"
              to={`/events/${encodeURIComponent(eventId)}/agenda?profileId=${encodeURIComponent(r.profileId)}`}
            >
              {t('events.registrants.agenda')}
            </Link>
          )}
          {r.status !== 'cancelled' &&
            !r.checkedInAt &&
            (confirming ? (
              <>
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  disabled={change.isPending}
                  autoFocus
                  onClick={() => change.mutate(r.id)}
                >
                  {t('events.registrants.cancelYes')}
                </button>
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  disabled={change.isPending}
                  onClick={() => {
                    setConfirming(false);
                    setSwapped(true);
                  }}
                >
                  {t('events.registrants.keep')}
                </button>
              </>
            ) : (
              <button type="button" className="btn btn--ghost btn--small" autoFocus={swapped} onClick={() => setConfirming(true)}>
                {t('events.registrants.cancel')}
              </button>
            ))}
        </div>
        <EventFormError error={checkIn.error ?? change.error} />
      </td>
    </tr>
  );
}

export function Registrants({ event, me }: { event: CalendarEvent; me: Me }) {
  const { t } = useTranslation();
  const query = useRegistrations(event.id, 'organiser');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<RegistrationStatus | ''>('');
  const [checked, setChecked] = useState<CheckedFilter>('');
  const canCheckIn = event.status === 'published' || event.status === 'completed';
  return (
    <div className="registrants">
      <AssistedRegistration event={event} me={me} />
      <QueryView query={query}>
        {(all) => {
          const folded = search.trim();
          const code = folded.toUpperCase().replace(/[\s-]+/g, '');
          const shown = all.filter(
            (r) =>
              (!status || r.status === status) &&
              (!checked || (checked === 'yes') === !!r.checkedInAt) &&
              (!folded || matchesFolded(`${r.profile.name} ${r.profile.headline}`, folded) || (!!r.code && r.code.includes(code))),
          );
          const count = (s: RegistrationStatus) => all.filter((r) => r.status === s).length;
          return (
            <>
              <p className="registrants__summary">
                {t('events.registrants.summary', {
                  registered: count('registered'),
                  waitlisted: count('waitlisted'),
                  checkedIn: all.filter((r) => r.checkedInAt).length,
                })}
              </p>
              <div className="toolbar">
                <label className="calendar-filter">
                  <span>{t('events.registrants.search')}</span>
                  <input className="input input--small" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
                </label>
                <InlineSelect
                  className="calendar-filter"
                  label={t('events.registrants.status')}
                  value={status}
                  onChange={(next) => setStatus(oneOf(REGISTRATION_STATUSES, next) ?? '')}
                  options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: t(`events.status.${s}`) }))}
                  allLabel={t('common.all')}
                />
                <InlineSelect
                  className="calendar-filter"
                  label={t('events.registrants.checkedIn')}
                  value={checked}
                  onChange={(next) => setChecked(next as CheckedFilter)}
                  options={[
                    { value: 'yes', label: t('events.registrants.checkedYes') },
                    { value: 'no', label: t('events.registrants.checkedNo') },
                  ]}
                  allLabel={t('common.all')}
                />
              </div>
              <Table
                columns={[
                  t('events.registrants.who'),
                  t('events.registrants.status'),
                  t('events.registrants.code'),
                  t('events.registrants.checkedIn'),
                  <span className="visually-hidden">{t('events.registrants.actions')}</span>,
                ]}
                caption={t('events.registrants.title')}
                className="registrants__table"
              >
                {shown.map((r) => (
                  <Row key={r.id} registration={r} eventId={event.id} canCheckIn={canCheckIn} />
                ))}
              </Table>
              {all.length === 0 ? (
                // A new event's console: "nobody matches the filter" with no filter set said nothing useful.
                <EmptyState
                  title={t('firstSteps.registrants.none')}
                  hint={t(event.status === 'draft' ? 'firstSteps.registrants.draftHint' : 'firstSteps.registrants.shareHint')}
                >
                  {event.status !== 'draft' && (
                    <Link to={`/events/${encodeURIComponent(event.id)}`}>{t('firstSteps.registrants.share')}</Link>
                  )}
                </EmptyState>
              ) : (
                shown.length === 0 && <p className="muted">{t('events.registrants.none')}</p>
              )}
            </>
          );
        }}
      </QueryView>
    </div>
  );
}
