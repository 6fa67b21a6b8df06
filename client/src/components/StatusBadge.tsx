import { useTranslation } from 'react-i18next';

const TONES: Record<string, string> = {
  pending_staff: 'warn',
  pending: 'warn',
  accepted: 'ok',
  declined: 'muted',
  withdrawn: 'muted',
  expired: 'muted',
  rejected: 'bad',
  open: 'info',
  in_progress: 'warn',
  resolved: 'ok',
  closed: 'muted',
  scheduled: 'info',
  completed: 'ok',
  cancelled: 'muted',
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${TONES[status] ?? 'info'}`}>{t(`status.${status}`, { defaultValue: status })}</span>;
}
