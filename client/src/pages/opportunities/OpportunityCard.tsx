import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '@ketnoi/contract';
import type { Labels } from '../../api/hooks/reference.js';
import { formatDate } from '../../lib/format.js';

export function OpportunityStatus({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const tone = opportunity.status === 'open' ? 'ok' : 'muted';
  return <span className={`badge badge--${tone}`}>{t(`portal.opportunities.status.${opportunity.status}`)}</span>;
}

export function OpportunityCard({ opportunity, labels }: { opportunity: Opportunity; labels: Labels }) {
  const { t } = useTranslation();
  return (
    <li className="card opportunity-card">
      <p className="eyebrow">
        {t(`portal.opportunities.typeName.${opportunity.type}`)} · {labels.category(opportunity.category)}
      </p>
      <h3>
        <Link to={`/opportunities/${encodeURIComponent(opportunity.id)}`}>{opportunity.title}</Link>
      </h3>
      {opportunity.description && <p className="clamp">{opportunity.description}</p>}
      <p className="muted">
        {opportunity.profile.name} · {labels.province(opportunity.province)} ·{' '}
        {t('portal.opportunities.until', { date: formatDate(opportunity.expiresAt) })}{' '}
        {opportunity.status !== 'open' && <OpportunityStatus opportunity={opportunity} />}
      </p>
    </li>
  );
}
