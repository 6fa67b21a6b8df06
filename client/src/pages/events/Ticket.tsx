// The ticket: the registration code as a QR code (drawn here as SVG by `qrcode`, so once the page
// has loaded it needs no network at the door) and the same code in large characters for staff to
// type when a camera cannot read it. Loaded on demand: only registered people need it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import type { Registration } from '@ketnoi/contract';
import { formatDateTime } from '../../lib/format.js';

/** "K7Q4FX" → "K7Q 4FX": two groups read out and typed more easily. */
export const spacedCode = (code: string) => (code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code);

/** The QR code of `text` as an SVG document string (dark modules on white, a quiet zone of 2). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}

export function QrCode({ text, label, size = 220 }: { text: string; label: string; size?: number }) {
  const [drawn, setDrawn] = useState<{ text: string; svg: string } | null>(null);
  useEffect(() => {
    let live = true;
    void qrSvg(text).then((svg) => live && setDrawn({ text, svg }));
    return () => {
      live = false;
    };
  }, [text]);
  const svg = drawn?.text === text ? drawn.svg : null;
  return (
    <div
      className="qr"
      role="img"
      aria-label={label}
      style={{ width: size, height: size }}
      data-testid="ticket-qr"
      // The SVG is generated locally from the code (no user HTML in it).
      dangerouslySetInnerHTML={svg ? { __html: svg } : undefined}
    />
  );
}

export default function Ticket({ registration, eventTitle, when }: { registration: Registration; eventTitle: string; when: string }) {
  const { t } = useTranslation();
  const code = registration.code ?? '';
  return (
    <div className="ticket" data-testid="ticket">
      <p className="eyebrow">{t('events.ticket.title')}</p>
      <p className="ticket__event">{eventTitle}</p>
      <p className="muted ticket__when">{when}</p>
      <QrCode text={code} label={t('events.ticket.qrLabel', { code })} />
      <p className="ticket__code" aria-label={t('events.ticket.codeLabel', { code: code.split('').join(' ') })}>
        {spacedCode(code)}
      </p>
      <p className="ticket__name">{registration.profile.name}</p>
      {registration.checkedInAt ? (
        <p className="badge badge--ok">{t('events.ticket.checkedIn', { at: formatDateTime(registration.checkedInAt) })}</p>
      ) : (
        <p className="muted ticket__hint">{t('events.ticket.hint')}</p>
      )}
    </div>
  );
}
