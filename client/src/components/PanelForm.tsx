import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { FormError } from './States.js';
import { FormActions } from './FormActions.js';

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
  const form = useRef<HTMLFormElement>(null);
  // Opened by a tap on the card's button, which it replaces: its first field takes the focus.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form" onSubmit={submit} noValidate ref={form}>
      {children}
      {error !== undefined && <FormError error={error} />}
      <FormActions submitLabel={submitLabel} pending={pending} onCancel={onClose} cancelLabel={closeLabel} />
    </form>
  );
}
