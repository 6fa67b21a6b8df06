// Staff create an event for their province (admins name the province). The answer lists the
// region's overlapping events once more, with the ways on: the console, or the public page.
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventCreated } from '@ketnoi/contract';
import { useMe } from '../../api/hooks/auth.js';
import { useCreateEvent } from '../../api/hooks/events.js';
import { Loading } from '../../components/States.js';
import { createBody, EventForm } from './EventForm.js';
import { OverlapList } from './OverlapList.js';
import './events.css';

export default function NewEventPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const save = useCreateEvent();
  const [created, setCreated] = useState<EventCreated | null>(null);
  if (!me) return <Loading />;

  if (created) {
    const base = `/events/${encodeURIComponent(created.id)}`;
    return (
      <div className="page">
        <h1>{t(created.status === 'published' ? 'events.form.createdPublished' : 'events.form.createdDraft')}</h1>
        <p className="lead">{created.title}</p>
        {created.overlaps.length > 0 ? (
          <OverlapList overlaps={created.overlaps} lead={t('events.overlaps.afterLead')} />
        ) : (
          <p className="notice notice--ok">{t('events.overlaps.none')}</p>
        )}
        <div className="form__actions">
          <Link className="btn btn--primary" to={`${base}/manage`}>
            {t('events.console.open')}
          </Link>
          <Link className="btn btn--secondary" to={base}>
            {t('events.form.viewPage')}
          </Link>
        </div>
      </div>
    );
  }

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/events">← {t('events.backToCalendar')}</Link>
      </p>
      <h1>{t('events.form.createTitle')}</h1>
      <p className="muted">{t('events.form.createLead')}</p>
      <EventForm
        me={me}
        event={null}
        saving={save.isPending}
        error={save.error}
        onSubmit={(draft, status) => save.mutate(createBody(draft, me.user.role === 'admin', status), { onSuccess: setCreated })}
      />
    </div>
  );
}
