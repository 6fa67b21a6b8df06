import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventOverlap } from '@ketnoi/contract';
import { whenText } from './eventView.js';

/**
 * Published events of the same region within 30 days sharing a topic or the kind: a warning for
 * the department (merge, move, or invite the neighbours), never a refusal.
 */
export function OverlapList({ overlaps, lead }: { overlaps: EventOverlap[]; lead?: string }) {
  const { t } = useTranslation();
  if (overlaps.length === 0) return null;
  return (
    <div className="notice notice--warn overlaps" role="status" data-testid="overlaps">
      <p className="overlaps__title">
        <strong>{t('events.overlaps.title', { count: overlaps.length })}</strong>
      </p>
      <p>{lead ?? t('events.overlaps.lead')}</p>
      <ul className="plain-list">
        {overlaps.map(({ event, reasons }) => (
          <li key={event.id} className="overlaps__item">
            <Link to={`/events/${encodeURIComponent(event.id)}`}>{event.title}</Link>
            <span className="muted"> · {whenText(event)}</span>
            <ul className="overlaps__reasons">
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
