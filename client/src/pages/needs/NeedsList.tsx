import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUpdateNeed } from '../../api/hooks/needs.js';
import { useLabels } from '../../api/hooks/reference.js';
import { NEED_STATUSES, type Need, type ProfileSummary } from '@ketnoi/contract';
import { formatDate } from '../../lib/format.js';
import { StatusBadge, StatusSelect } from '../../components/StatusBadge.js';
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
            {/* Who may change the status sees it in the select; a second badge would repeat it. */}
            {!editable && <StatusBadge status={need.status} />}
            {editable && (
              <StatusSelect
                label={t('needs.changeStatus', { title: need.title })}
                hideLabel
                statuses={NEED_STATUSES}
                value={need.status}
                disabled={update.isPending}
                onChange={(status) => status && update.mutate({ id: need.id, patch: { status } })}
              />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
