import { useCallback, useEffect, useState } from 'react';

/**
 * After a refused submit, the focus (and so the screen) goes to the first field to fix: on a phone
 * a form is taller than the screen, and a message above the fold makes the button seem dead.
 * `attach` is the form's ref callback; `refused()` is called where its checks or the server's answer fail.
 */
export function useFocusFirstInvalid() {
  // The form element as state, not a ref: the hook's result is handed to render code.
  const [form, attach] = useState<HTMLElement | null>(null);
  // Bumped by each refusal, so a second refusal with the same messages moves the focus again.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals === 0) return;
    // The first in the page's order: a control marked invalid, or a group (chips, choices) with a message.
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"], .field--invalid');
    const target = first?.matches('.field--invalid')
      ? (first.querySelector<HTMLElement>('[aria-invalid="true"]') ?? first.querySelector<HTMLElement>('input, select, textarea, button'))
      : first;
    target?.focus();
  }, [refusals, form]);
  const refused = useCallback(() => setRefusals((n) => n + 1), []);
  return { attach, refused };
}
