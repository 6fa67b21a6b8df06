import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@ketnoi/contract';
import { useAudit } from '../../api/hooks/admin.js';
import { useLabels } from '../../api/hooks/reference.js';
import { formatDateTime } from '../../lib/format.js';
import { EmptyState, QueryView } from '../../components/States.js';
import { Table } from '../../components/Table.js';

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** What was acted on, in words: a profile, need or event by a link, a province by its name, else its kind. */
function Target({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const kind = t(`admin.auditTarget.${entry.targetType}`);
  switch (entry.targetType) {
    case 'profile':
      return <Link to={`/profiles/${encodeURIComponent(entry.targetId)}`}>{kind}</Link>;
    case 'need':
      return <Link to={`/needs/${encodeURIComponent(entry.targetId)}`}>{kind}</Link>;
    case 'event':
      return <Link to={`/events/${encodeURIComponent(entry.targetId)}`}>{kind}</Link>;
    case 'province':
      return <>{`${kind} ${labels.province(entry.targetId)}`}</>;
    default:
      return <>{kind}</>;
  }
}

/** The change itself: statuses moved, verified or not, the role of a new account, a suspension's reason. */
function Change({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const d = entry.details;
  // Events and their registrations have statuses of their own (draft, published, waitlisted…).
  const status = (code: string) => t(entry.targetType === 'event' ? `events.status.${code}` : `status.${code}`);
  const from = str(d.from);
  const to = str(d.to) ?? (entry.action === 'event.registration_cancelled' ? 'cancelled' : undefined);
  if (to) return <>{`${from ? `${status(from)} → ` : ''}${status(to)}`}</>;
  if ((entry.action === 'intro.created' || entry.action === 'event.registered_for') && str(d.status)) return <>{status(str(d.status)!)}</>;
  if (typeof d.verified === 'boolean') return <>{d.verified ? t('admin.verifiedYes') : t('admin.verifiedNo')}</>;
  if (str(d.role)) return <>{t(`roles.${str(d.role)}`)}</>;
  if (str(d.reason)) return <>{str(d.reason)}</>;
  return null;
}

/** The audit log with every code in words (issue 14 item 22): actions, targets, statuses, roles. */
export function AuditLog() {
  const { t } = useTranslation();
  const audit = useAudit();
  return (
    <section className="card">
      <h2>{t('admin.audit')}</h2>
      <QueryView query={audit} isEmpty={(d) => d.items.length === 0} empty={<EmptyState title={t('admin.auditEmpty')} />}>
        {(data) => (
          <Table columns={[t('admin.when'), t('admin.actor'), t('admin.action'), t('admin.target'), t('admin.change')]}>
            {data.items.map((entry) => (
              <tr key={entry.id} data-testid="audit-entry">
                <td>{formatDateTime(entry.at)}</td>
                <td>{entry.actorName || t(`roles.${entry.actorRole}`, { defaultValue: t('admin.unknownActor') })}</td>
                <td>{t(`admin.auditAction.${entry.action}`)}</td>
                <td>
                  <Target entry={entry} />
                </td>
                <td>
                  <Change entry={entry} />
                </td>
              </tr>
            ))}
          </Table>
        )}
      </QueryView>
    </section>
  );
}
