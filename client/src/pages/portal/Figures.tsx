import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PublicStats } from '@ketnoi/contract';
import { usePublicStats } from '../../api/hooks/portal.js';
import { formatNumber } from '../../lib/format.js';
import { withProvince } from './province.js';

const PEOPLE = ['startups', 'experts', 'investors', 'providers'] as const;

/** The activity bars: always the same six rows, so the box keeps its height while the figures load. */
function activity(stats: PublicStats | undefined): { key: string; value: number | undefined }[] {
  return [
    { key: 'needsOpened', value: stats?.needs.opened },
    { key: 'needsResolved', value: stats?.needs.resolved },
    { key: 'introsAccepted', value: stats?.intros.accepted },
    { key: 'consultationsCompleted', value: stats?.consultations.completed },
    { key: 'eventsHeld', value: stats?.events.held },
    { key: 'eventParticipants', value: stats?.events.participants },
  ];
}

/** A bar chart drawn with CSS (the charting library stays off the landing page), readable as a list. */
export function ActivityBars({ stats }: { stats: PublicStats | undefined }) {
  const { t } = useTranslation();
  const rows = activity(stats);
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0));
  return (
    <figure className="bars">
      <figcaption>{t('portal.figures.activity')}</figcaption>
      <ul className="bars__list">
        {rows.map((row) => (
          <li key={row.key} className="bars__row">
            <span className="bars__label">{t(`portal.figures.${row.key}`)}</span>
            <span className="bars__track" aria-hidden="true">
              <span className="bars__fill" style={{ width: `${((row.value ?? 0) / max) * 100}%` }} />
            </span>
            <span className="bars__value">{row.value === undefined ? '–' : formatNumber(row.value)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** The province's (or the country's) figures on the landing page. */
export function Figures({ province, provinceName }: { province: string | undefined; provinceName: string | undefined }) {
  const { t } = useTranslation();
  const stats = usePublicStats(province);
  return (
    <section className="card figures" aria-labelledby="figures-title" aria-busy={stats.isPending}>
      <h2 id="figures-title">{provinceName ? t('portal.figures.titleIn', { place: provinceName }) : t('portal.figures.title')}</h2>
      {stats.isError && (
        <p className="muted" role="alert">
          {t('portal.figures.unavailable')}
        </p>
      )}
      <dl className="figures__people">
        {PEOPLE.map((key) => (
          <div key={key} className="figures__item">
            <dt>{t(`portal.figures.${key}`)}</dt>
            <dd>{stats.data ? formatNumber(stats.data[key]) : '–'}</dd>
          </div>
        ))}
      </dl>
      <ActivityBars stats={stats.data} />
      <Link className="link-arrow" to={withProvince('/stats', province)}>
        {t('portal.figures.more')}
      </Link>
    </section>
  );
}
