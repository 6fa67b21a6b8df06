import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenedForm } from '../../lib/useOpenedForm.js';
import { focusOnMount } from '../../lib/focus.js';
import { useMe } from '../../api/hooks/auth.js';
import { useConsultations } from '../../api/hooks/consultations.js';
import { useIntro, useIntros } from '../../api/hooks/intros.js';
import { CONSULTATION_STATUSES, type Consultation, type ConsultationStatus, type Intro } from '@ketnoi/contract';
import { EmptyState, ItemsView, QueryView, ListOf } from '../../components/States.js';
import { ProfileLink } from '../../components/ProfileName.js';
import { Tabs } from '../../components/Tabs.js';
import { useUrlParams } from '../../lib/useUrlParams.js';
import { formatDateTime } from '../../lib/format.js';
import { ConsultationCard } from './ConsultationCard.js';
import { ScheduleForm } from './ScheduleForm.js';

function IntroPicker({
  myProfileId,
  onPick,
  onClose,
}: {
  myProfileId: string | null;
  onPick: (intro: Intro) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const accepted = useIntros('all', 'accepted');
  const items = accepted.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="card" aria-labelledby="pick-intro-title">
      {/* Focused when it replaces "Đặt lịch mới", so the question is read and the place is kept. */}
      <h2 id="pick-intro-title" tabIndex={-1} ref={focusOnMount}>
        {t('consultations.pickIntro')}
      </h2>
      <QueryView query={accepted} isEmpty={() => items.length === 0} empty={<EmptyState title={t('consultations.noAccepted')} />}>
        {() => (
          <ul className="plain-list">
            {items.map((intro) => (
              <li key={intro.id}>
                <button type="button" className="btn btn--secondary btn--block" onClick={() => onPick(intro)}>
                  <ProfileLink profile={intro.fromProfileId === myProfileId ? intro.to : intro.from} link={false} />
                </button>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      <div className="form__actions">
        <button type="button" className="btn btn--ghost" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}

export default function ConsultationsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params, update] = useUrlParams();
  // The tab is in the address, so a notification can open the completed ones and Back returns to it.
  const asked = params.get('status');
  const status: ConsultationStatus = CONSULTATION_STATUSES.find((s) => s === asked) ?? 'scheduled';
  const setStatus = (next: ConsultationStatus) => update({ status: next === 'scheduled' ? null : next });
  // The picker of intros, then the form; closing either gives "Đặt lịch mới" the focus again.
  const picker = useOpenedForm();
  // The consultation whose outcome was just saved: it left this list, so the page says where it went.
  const [completed, setCompleted] = useState<Consultation | null>(null);
  // The consultation just booked: the form closes, so the page says it is done and with whom.
  const [booked, setBooked] = useState<Consultation | null>(null);
  const introId = params.get('intro') ?? undefined;
  const intro = useIntro(introId);
  const list = useConsultations(status);
  const myProfileId = me?.profile?.id ?? null;
  const role = me?.user.role ?? 'startup';

  /** Close the picker or form; after a booking, show the scheduled tab where it now is (one URL update). */
  const closeForm = (booked?: Consultation) => {
    picker.close();
    update({ intro: null, ...(booked ? { status: null } : {}) });
  };

  return (
    <div className="page">
      <h1>{t('consultations.title')}</h1>
      {intro.data ? (
        <ScheduleForm
          intro={intro.data}
          myProfileId={myProfileId}
          onDone={(consultation) => {
            if (consultation) setBooked(consultation);
            closeForm(consultation);
          }}
        />
      ) : picker.isOpen ? (
        <IntroPicker
          myProfileId={myProfileId}
          onPick={(picked) => {
            picker.closeWithoutFocus();
            update({ intro: picked.id });
          }}
          onClose={() => closeForm()}
        />
      ) : (
        role !== 'staff' &&
        role !== 'admin' && (
          <button type="button" className="btn btn--primary" autoFocus={picker.refocus} onClick={picker.open}>
            {t('consultations.new')}
          </button>
        )
      )}
      {booked && (
        <p className="notice notice--ok" role="status">
          {t('consultations.bookedNote', {
            name: (booked.startupId === myProfileId ? booked.helper : booked.startup)?.name ?? t('common.unknownProfile'),
            at: formatDateTime(booked.startsAt),
          })}
        </p>
      )}
      {completed && (
        <div className="notice notice--ok" role="status">
          <p>
            {completed.startup
              ? t('consultations.completedNote', { name: completed.startup.name })
              : t('consultations.completedNoteNoName')}
          </p>
          <button
            type="button"
            className="btn btn--secondary btn--small"
            onClick={() => {
              setCompleted(null);
              setStatus('completed');
            }}
          >
            {t('consultations.seeCompleted')}
          </button>
        </div>
      )}
      <Tabs
        label={t('consultations.statusTabs')}
        values={CONSULTATION_STATUSES}
        selected={status}
        onSelect={(next) => {
          setCompleted(null);
          setStatus(next);
        }}
        labelOf={(s) => t(`status.${s}`)}
      />
      <div role="tabpanel">
        <ItemsView query={list} empty={<EmptyState title={t(`consultations.empty.${status}`)} />}>
          {(items) => (
            <ListOf
              items={items}
              item={(c) => <ConsultationCard key={c.id} consultation={c} myProfileId={myProfileId} onCompleted={setCompleted} />}
            />
          )}
        </ItemsView>
      </div>
    </div>
  );
}
