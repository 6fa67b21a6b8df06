import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMatches } from '../../api/hooks/matches.js';
import { useLabels } from '../../api/hooks/reference.js';
import { ScoreBar } from '../../components/ScoreBar.js';
import { Loading } from '../../components/States.js';

/**
 * Open opportunities that fit a profile (`GET /api/matches?kind=opportunity`): a startup's open
 * needs against offers, a helper's expertise or offerings against requests — with the reasons.
 */
export function OpportunityMatches({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const matches = useMatches({ for: profileId, kind: 'opportunity', limit: 5 });
  const items = (matches.data?.items ?? []).filter((m) => m.opportunity);
  return (
    <section className="card" aria-labelledby="opportunity-matches-title">
      <div className="section-head">
        <h2 id="opportunity-matches-title">{t('portal.opportunities.matchesTitle')}</h2>
        <Link to="/opportunities">{t('portal.opportunities.all')}</Link>
      </div>
      {matches.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="muted">{t('portal.opportunities.noMatches')}</p>
      ) : (
        <ul className="list">
          {items.map(({ opportunity, score, reasons }) => (
            <li key={opportunity!.id} className="opportunity-match">
              <p className="eyebrow">
                {t(`portal.opportunities.typeName.${opportunity!.type}`)} · {labels.category(opportunity!.category)}
              </p>
              <h3>
                <Link to={`/opportunities/${encodeURIComponent(opportunity!.id)}`}>{opportunity!.title}</Link>
              </h3>
              <p className="muted">{opportunity!.profile.name}</p>
              <ScoreBar value={score} label={t('matches.score', { name: opportunity!.title })} />
              <ul className="plain-list opportunity-match__reasons">
                {reasons
                  .filter((r) => r.score > 0)
                  .slice(0, 3)
                  .map((r) => (
                    <li key={r.criterion}>{r.detail}</li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
