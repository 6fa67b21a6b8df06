import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@ketnoi/contract';
import { useMeetingChange } from '../../api/hooks/events.js';
import { TextArea } from '../../components/Field.js';
import { hoursText } from './eventView.js';
import { EventFormError } from './eventErrors.js';
import { LinkedText } from '../../components/LinkedText.js';

/** "14:00–14:20 · Bàn 3", or that it waits for a free slot. */
export function SlotText({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  if (!meeting.slot) return <span className="slot slot--none">{t('events.meetings.noSlot')}</span>;
  return (
    <span className="slot">
      <strong>{hoursText(meeting.slot)}</strong> · {t('events.meetings.table', { table: meeting.slot.table })}
    </span>
  );
}

function DeclineForm({ eventId, meetingId, onDone }: { eventId: string; meetingId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const change = useMeetingChange(eventId);
  const [reason, setReason] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate({ action: 'decline', meetingId, reason: reason.trim() || undefined }, { onSuccess: onDone });
  };
  return (
    <form className="form subcard" onSubmit={onSubmit}>
      <TextArea
        label={t('events.meetings.declineReason')}
        hint={t('events.meetings.declineHint')}
        rows={2}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        // Opened by tapping "Từ chối": the reason is the next thing to write.
        autoFocus
      />
      <EventFormError error={change.error} />
      <div className="form__actions">
        <button type="submit" className="btn btn--secondary btn--small" disabled={change.isPending}>
          {t('events.meetings.declineSend')}
        </button>
        <button type="button" className="btn btn--ghost btn--small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** One meeting as one of its two people sees it: the other person, the message, the slot, what they can do. */
export function MeetingCard({ meeting, myProfileId }: { meeting: Meeting; myProfileId: string | null }) {
  const { t } = useTranslation();
  const change = useMeetingChange(meeting.eventId);
  const [declining, setDeclining] = useState(false);
  const incoming = meeting.inviteeId === myProfileId;
  const other = incoming ? meeting.requester : meeting.invitee;
  const open = meeting.status === 'requested' || meeting.status === 'accepted';
  return (
    <li className="card meeting" data-testid="meeting" data-status={meeting.status}>
      <div className="meeting__head">
        <div>
          <p className="meeting__who">
            <Link to={`/profiles/${encodeURIComponent(other.id)}`}>{other.name}</Link>
          </p>
          {other.headline && <p className="muted">{other.headline}</p>}
        </div>
        <span className={`badge badge--${meeting.status === 'accepted' ? 'ok' : meeting.status === 'requested' ? 'warn' : 'muted'}`}>
          {t(`events.meetings.status.${meeting.status}`)}
        </span>
      </div>
      {meeting.status === 'accepted' && (
        <p className="meeting__slot">
          <SlotText meeting={meeting} />
        </p>
      )}
      {meeting.message && (
        <blockquote>
          <LinkedText>{meeting.message}</LinkedText>
        </blockquote>
      )}
      {meeting.status === 'declined' && meeting.declineReason && (
        <p className="muted">{t('events.meetings.declinedBecause', { reason: meeting.declineReason })}</p>
      )}
      <EventFormError error={change.error} />
      {declining ? (
        <DeclineForm eventId={meeting.eventId} meetingId={meeting.id} onDone={() => setDeclining(false)} />
      ) : (
        open && (
          <div className="form__actions">
            {incoming && meeting.status === 'requested' && (
              <>
                <button
                  type="button"
                  className="btn btn--primary"
                  disabled={change.isPending}
                  onClick={() => change.mutate({ action: 'accept', meetingId: meeting.id })}
                >
                  {t('events.meetings.accept')}
                </button>
                <button type="button" className="btn btn--secondary" onClick={() => setDeclining(true)}>
                  {t('events.meetings.decline')}
                </button>
              </>
            )}
            {(!incoming || meeting.status === 'accepted') && (
              <button
                type="button"
                className="btn btn--ghost btn--small"
                disabled={change.isPending}
                onClick={() => change.mutate({ action: 'cancel', meetingId: meeting.id })}
              >
                {meeting.status === 'accepted' ? t('events.meetings.cancelMeeting') : t('events.meetings.withdraw')}
              </button>
            )}
          </div>
        )
      )}
    </li>
  );
}
