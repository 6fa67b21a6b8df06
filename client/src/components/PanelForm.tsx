import type { FormEvent, ReactNode } from 'react';
import { FormError } from './States.js';

/** A small form opened inside a card (decline, cancel, record an outcome): fields, its error, submit and back. */
export function PanelForm({
  onSubmit,
  submitLabel,
  closeLabel,
  onClose,
  pending,
  error,
  children,
}: {
  onSubmit: () => void;
  submitLabel: string;
  closeLabel: string;
  onClose: () => void;
  pending: boolean;
  error?: unknown;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      {children}
      {error !== undefined && <FormError error={error} />}
      <div className="form__actions">
        <button type="submit" className="btn btn--primary" disabled={pending}>
          {submitLabel}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
    </form>
  );
}
