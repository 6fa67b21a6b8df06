import { useState, type ReactNode } from 'react';

/**
 * "Are you sure?" before an action that is hard to undo: the question, a button that goes ahead and
 * one that keeps things as they are, then the action's error if it failed.
 */
interface ConfirmPanelProps {
  /** Names the panel for screen readers (the action's own name). */
  label: string;
  question: ReactNode;
  yes: ReactNode;
  no: ReactNode;
  onYes: () => void;
  onNo: () => void;
  pending: boolean;
  /** The error element to show (FormError, EventFormError…), or nothing. */
  error: ReactNode;
  /** The go-ahead button's look. */
  variant?: 'primary' | 'secondary';
  small?: boolean;
}

export function ConfirmPanel({
  label,
  question,
  yes,
  no,
  onYes,
  onNo,
  pending,
  error,
  variant = 'secondary',
  small = false,
}: ConfirmPanelProps) {
  const size = small ? ' btn--small' : '';
  return (
    <div className="notice notice--action" role="group" aria-label={label}>
      <p>{question}</p>
      <div className="form__actions">
        <button type="button" className={`btn btn--${variant}${size}`} onClick={onYes} disabled={pending}>
          {yes}
        </button>
        <button type="button" className={`btn btn--ghost${size}`} onClick={onNo}>
          {no}
        </button>
      </div>
      {error}
    </div>
  );
}

/** A button named after the action that asks first: pressed, it becomes the ConfirmPanel. */
export function ConfirmButton({ buttonClassName, ...panel }: Omit<ConfirmPanelProps, 'onNo'> & { buttonClassName: string }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className={buttonClassName} onClick={() => setAsking(true)}>
        {panel.label}
      </button>
    );
  return <ConfirmPanel {...panel} onNo={() => setAsking(false)} />;
}
