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

/** A compact select of statuses (a list filter, a status change), with an "all" choice when `allLabel` is given. */
export function StatusSelect<S extends string>({
  label,
  hideLabel,
  statuses,
  value,
  onChange,
  allLabel,
  disabled,
}: {
  label: string;
  hideLabel?: boolean;
  statuses: readonly S[];
  value: S | '';
  onChange: (status: S | '') => void;
  allLabel?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <label className="inline-select">
      <span className={hideLabel ? 'visually-hidden' : undefined}>{label}</span>
      <select
        className="input input--small"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange((statuses as readonly string[]).includes(e.target.value) ? (e.target.value as S) : '')}
      >
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {statuses.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${TONES[status] ?? 'info'}`}>{t(`status.${status}`, { defaultValue: status })}</span>;
}
