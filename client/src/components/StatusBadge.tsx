import { useTranslation } from 'react-i18next';
import { oneOf } from '../lib/codes.js';
import { InlineSelect } from './InlineSelect.js';

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
    <InlineSelect
      label={label}
      hideLabel={hideLabel}
      value={value}
      disabled={disabled}
      onChange={(next) => onChange(oneOf(statuses, next) ?? '')}
      options={statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      allLabel={allLabel}
    />
  );
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${TONES[status] ?? 'info'}`}>{t(`status.${status}`, { defaultValue: status })}</span>;
}
