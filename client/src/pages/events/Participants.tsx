import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Registration } from '@ketnoi/contract';
import { useRegistrations } from '../../api/hooks/events.js';
import { useLabels } from '../../api/hooks/reference.js';
import { QueryView } from '../../components/States.js';
import { FilterBox } from '../../components/SearchBar.js';
import { matchesFolded } from '../../lib/text.js';

/** What a participant brings and looks for, as short chips. */
export function OffersSeeks({ offers, seeks }: Pick<Registration, 'offers' | 'seeks'>) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <>
      {seeks.length > 0 && (
        <p className="offers-seeks">
          <span className="muted">{t('events.participants.seeks')}</span> {seeks.map(labels.category).join(', ')}
        </p>
      )}
      {offers.length > 0 && (
        <p className="offers-seeks">
          <span className="muted">{t('events.participants.offers')}</span> {offers.map(labels.category).join(', ')}
        </p>
      )}
    </>
  );
}

/**
 * Who else is coming (registered participants see the registered others, without codes or
 * contact). `meetPath` offers a meeting request to each person but oneself.
 */
export function Participants({
  eventId,
  myProfileId,
  meetPath,
}: {
  eventId: string;
  myProfileId: string | null;
  meetPath?: (profileId: string) => string;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const query = useRegistrations(eventId, 'participant');
  const [filter, setFilter] = useState('');
  return (
    <section aria-labelledby="participants-title">
      <h2 id="participants-title">{t('events.participants.title')}</h2>
      <QueryView query={query}>
        {(items) => {
          const others = items.filter((r) => r.profileId !== myProfileId);
          const shown = others.filter((r) => !filter || matchesFolded(`${r.profile.name} ${r.profile.headline}`, filter));
          return (
            <>
              <p className="muted">{t('events.participants.count', { count: others.length })}</p>
              {others.length > 6 && (
                <FilterBox className="participants__filter" label={t('events.participants.filter')} value={filter} onChange={setFilter} />
              )}
              <ul className="plain-list participants">
                {shown.map((r) => (
                  <li key={r.id} className="participant">
                    <div>
                      <p className="participant__name">
                        <Link to={`/profiles/${encodeURIComponent(r.profileId)}`}>{r.profile.name}</Link>
                        <span className="muted">
                          {' '}
                          · {t(`roles.${r.profile.kind}`)} · {labels.province(r.profile.province)}
                        </span>
                      </p>
                      {r.profile.headline && <p className="muted participant__headline">{r.profile.headline}</p>}
                      <OffersSeeks offers={r.offers} seeks={r.seeks} />
                    </div>
                    {meetPath && (
                      <Link className="btn btn--secondary btn--small" to={meetPath(r.profileId)}>
                        {t('events.meetings.ask')}
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
