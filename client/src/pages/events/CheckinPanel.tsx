// Check-in at the door: the phone's camera reads the ticket's QR code (scanner.ts), or staff type
// the code. Each answer is shown large and coloured — let in, already in (a second scan answers
// the same), unknown code, on the waitlist — and the last few stay listed below. The card of a
// person just let in offers to take it back, for the wrong ticket scanned.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Registration } from '@ketnoi/contract';
import { useCheckIn, useUndoCheckIn } from '../../api/hooks/events.js';
import { isApiError } from '../../api/http.js';
import { formatDateTime, formatTime } from '../../lib/format.js';
import { useNow } from '../../lib/useNow.js';
import { eventErrorMessage } from './eventErrors.js';
import { createCodeReader, normaliseCode, openCamera } from './scanner.js';
import { spacedCode } from './Ticket.js';

type LetIn = { kind: 'in' | 'again' | 'undone'; code: string; registration: Registration };
type Refused = { kind: 'unknown' | 'refused' | 'error'; code: string; message: string };
type Outcome = LetIn | Refused;
const letIn = (o: Outcome): o is LetIn => o.kind === 'in' || o.kind === 'again' || o.kind === 'undone';

/** What a refused ticket's 409 says: its status and, for the organiser, whose registration it is. */
type RefusalDetails = { status?: unknown; registration?: Pick<Registration, 'profile' | 'waitlistPosition'> };

/** Why a ticket was refused: on the waitlist, a cancelled registration, or what the events API says. */
function refusalMessage(error: unknown, t: TFunction): string {
  const details = isApiError(error) && error.status === 409 && error.details ? (error.details as RefusalDetails) : undefined;
  const name = details?.registration?.profile.name;
  const position = details?.registration?.waitlistPosition;
  if (details?.status === 'waitlisted')
    return name && position ? t('events.checkin.waitlistedNamed', { name, position }) : t('events.checkin.waitlisted');
  if (details?.status === 'cancelled')
    return name ? t('events.checkin.cancelledNamed', { name }) : t('events.checkin.cancelledRegistration');
  if (isApiError(error) && error.status === 404) return t('events.checkin.unknownHint');
  return eventErrorMessage(error, t);
}

/** A second read of the same code within this time is the same ticket still in front of the camera. */
const REPEAT_MS = 4000;
const FRAME_MS = 200;

function Scanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef(onCode);
  useEffect(() => {
    latest.current = onCode;
  });

  useEffect(() => {
    if (!on) return;
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = { code: '', at: 0 };
    const start = async () => {
      try {
        stream = await openCamera();
        if (stopped) return;
        const element = video.current!;
        element.srcObject = stream;
        await element.play().catch(() => undefined);
        const reader = await createCodeReader();
        const tick = async () => {
          if (stopped) return;
          const raw = await reader.read(element).catch(() => null);
          if (raw) {
            const code = normaliseCode(raw);
            const now = Date.now();
            if (code !== last.code || now - last.at > REPEAT_MS) latest.current(code);
            last = { code, at: now };
          }
          timer = setTimeout(() => void tick(), FRAME_MS);
        };
        void tick();
      } catch (error) {
        const name = (error as Error)?.name;
        setProblem(
          name === 'NotAllowedError'
            ? t('events.checkin.cameraDenied')
            : (error as Error)?.message === 'no_camera_api'
              ? t('events.checkin.noCameraApi')
              : t('events.checkin.cameraFailed'),
        );
        setOn(false);
      }
    };
    void start();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on, t]);

  return (
    <div className="scanner">
      {on ? (
        <>
          <video ref={video} className="scanner__video" muted playsInline aria-label={t('events.checkin.cameraView')} />
          <button type="button" className="btn btn--secondary btn--block" onClick={() => setOn(false)}>
            {t('events.checkin.stopCamera')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="btn btn--primary btn--large btn--block"
          onClick={() => {
            setProblem(null);
            setOn(true);
          }}
        >
          {t('events.checkin.startCamera')}
        </button>
      )}
      {problem && (
        <p className="notice notice--warn" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** Door staff trying the screen days ahead are told that what they scan counts. */
const EARLY_MS = 12 * 3_600_000;

export function CheckinPanel({ eventId, startsAt }: { eventId: string; startsAt: string }) {
  const { t } = useTranslation();
  const checkIn = useCheckIn(eventId);
  const undo = useUndoCheckIn(eventId);
  const [typed, setTyped] = useState('');
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const typedInput = useRef<HTMLInputElement>(null);
  const now = useNow();

  /** The scan just made was the wrong ticket: take it back, and the card says so. */
  const undoLatest = (outcome: LetIn) =>
    undo.mutate(outcome.registration.id, {
      onSuccess: (registration) => {
        setOutcomes((list) => list.map((o) => (o === outcome ? { ...outcome, kind: 'undone' as const, registration } : o)));
        typedInput.current?.focus();
      },
    });

  const submit = (raw: string) => {
    const code = normaliseCode(raw);
    if (!code) return;
    const asked = Date.now();
    checkIn.mutate(code, {
      onSuccess: (registration) => {
        setOutcomes((list) => {
          // In before this scan: by the server's time (two seconds allowed for clocks apart), or let
          // in by this screen already (the same ticket held up twice within those seconds).
          const before =
            (registration.checkedInAt && Date.parse(registration.checkedInAt) < asked - 2000) ||
            list.some((o) => (o.kind === 'in' || o.kind === 'again') && o.registration.id === registration.id);
          return [{ kind: before ? ('again' as const) : ('in' as const), code, registration }, ...list].slice(0, 8);
        });
      },
      onError: (error) => {
        const kind =
          isApiError(error) && error.status === 404 ? 'unknown' : isApiError(error) && error.status === 409 ? 'refused' : 'error';
        setOutcomes((list) => [{ kind, code, message: refusalMessage(error, t) } as Outcome, ...list].slice(0, 8));
      },
    });
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit(typed);
    setTyped('');
  };
  const [current, ...earlier] = outcomes;

  return (
    <div className="checkin">
      {Date.parse(startsAt) - now > EARLY_MS && (
        <p className="notice notice--action">{t('events.checkin.early', { date: formatDateTime(startsAt) })}</p>
      )}
      <Scanner onCode={submit} />
      <form className="checkin__typed" onSubmit={onSubmit}>
        <label htmlFor="checkin-code" className="field__label">
          {t('events.checkin.typeCode')}
        </label>
        <div className="checkin__row">
          <input
            id="checkin-code"
            ref={typedInput}
            className="input checkin__input"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            placeholder="K7Q 4FX"
          />
          <button type="submit" className="btn btn--primary" disabled={checkIn.isPending || !typed.trim()}>
            {t('events.checkin.submit')}
          </button>
        </div>
      </form>
      <div aria-live="assertive" className="checkin__result">
        {current && <OutcomeCard outcome={current} onUndo={undoLatest} undoing={undo.isPending} />}
      </div>
      {earlier.length > 0 && (
        <section>
          <h3>{t('events.checkin.recent')}</h3>
          <ul className="plain-list checkin__recent">
            {earlier.map((o, i) => (
              <li key={`${o.code}-${i}`}>
                <span className="checkin__code">{spacedCode(o.code)}</span> {letIn(o) ? o.registration.profile.name : o.message}
                {o.kind === 'undone' && ` · ${t('events.checkin.undone')}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function OutcomeCard({ outcome, onUndo, undoing }: { outcome: Outcome; onUndo: (outcome: LetIn) => void; undoing: boolean }) {
  const { t } = useTranslation();
  if (outcome.kind === 'undone')
    return (
      <div className="checkin-card checkin-card--warn" role="status" data-testid="checkin-result">
        <p className="checkin-card__title">{t('events.checkin.undone')}</p>
        <p>
          {spacedCode(outcome.code)} · {t('events.checkin.undoneHint', { name: outcome.registration.profile.name })}
        </p>
      </div>
    );
  if (letIn(outcome))
    return (
      <div className={`checkin-card checkin-card--${outcome.kind === 'in' ? 'ok' : 'warn'}`} role="status" data-testid="checkin-result">
        <p className="checkin-card__title">{outcome.kind === 'in' ? t('events.checkin.welcome') : t('events.checkin.already')}</p>
        <p className="checkin-card__name">{outcome.registration.profile.name}</p>
        <p>
          {spacedCode(outcome.code)}
          {outcome.registration.checkedInAt && ` · ${t('events.checkin.at', { time: formatTime(outcome.registration.checkedInAt) })}`}
          {outcome.registration.assisted && ` · ${t('events.registrants.assisted')}`}
        </p>
        {outcome.kind === 'in' && (
          <button type="button" className="btn btn--ghost btn--small" disabled={undoing} onClick={() => onUndo(outcome)}>
            {t('events.checkin.undo')}
          </button>
        )}
      </div>
    );
  return (
    <div className="checkin-card checkin-card--bad" role="alert" data-testid="checkin-result">
      <p className="checkin-card__title">{t(`events.checkin.${outcome.kind}`)}</p>
      <p>
        {spacedCode(outcome.code)} · {outcome.message}
      </p>
    </div>
  );
}
