import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUpdateNeed } from '../../api/hooks/needs.js';
import { useLabels } from '../../api/hooks/reference.js';
import { NEED_STATUSES, type Need, type NeedStatus, type ProfileSummary } from '@ketnoi/contract';
import { formatDate } from '../../lib/format.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { ProfileLink, ProfileName } from '../../components/ProfileName.js';

/** A need, with its startup's summary where the list carries it (the staff queue). */
type ListedNeed = Need & { startup?: ProfileSummary | null };

export function NeedsList({ needs, editable, showStartup }: { needs: ListedNeed[]; editable?: boolean; showStartup?: boolean }) {
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
                <>{need.startup === undefined ? <ProfileName id={need.startupId} /> : <ProfileLink profile={need.startup} />} · </>
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
