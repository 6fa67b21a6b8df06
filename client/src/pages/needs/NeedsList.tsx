import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUpdateNeed } from '../../api/hooks/needs.js';
import { useLabels } from '../../api/hooks/reference.js';
import { NEED_STATUSES, type Need, type NeedStatus } from '../../api/types.js';
import { formatDate } from '../../lib/format.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { ProfileName } from '../../components/ProfileName.js';

export function NeedsList({ needs, editable, showStartup }: { needs: Need[]; editable?: boolean; showStartup?: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const update = useUpdateNeed();
  return (
    <ul className="list">
      {needs.map((need) => (
        <li key={need.id} className="card list__item">
          <div className="list__main">
            <p className="eyebrow">
              {labels.category(need.category)} · {t(`urgency.${need.urgency}`)}
            </p>
            <h3>
              <Link
                to={
                  showStartup
                    ? `/staff/broker?need=${encodeURIComponent(need.id)}&a=${encodeURIComponent(need.startupId)}`
                    : `/needs/${need.id}`
                }
              >
                {need.title}
              </Link>
            </h3>
            <p className="clamp">{need.description}</p>
            <p className="muted">
              {showStartup && (
                <>
                  <ProfileName id={need.startupId} /> ·{' '}
                </>
              )}
              {labels.province(need.province)} · {formatDate(need.createdAt)}
            </p>
          </div>
          <div className="list__side">
            <StatusBadge status={need.status} />
            {editable && (
              <label className="inline-select">
                <span className="visually-hidden">{t('needs.changeStatus', { title: need.title })}</span>
                <select
                  className="input input--small"
                  value={need.status}
                  disabled={update.isPending}
                  onChange={(e) => update.mutate({ id: need.id, patch: { status: e.target.value as NeedStatus } })}
                >
                  {NEED_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`status.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
