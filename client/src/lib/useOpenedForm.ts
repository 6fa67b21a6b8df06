import { useState } from 'react';

/**
 * A form that a button opens and that takes the button's place. Once the form closes, the button
 * is back: `refocus` (for its autoFocus) gives it the focus again, so the reader's place is not
 * lost; on the page's first showing it stays false, so the page does not jump to the button.
 * `closeWithoutFocus` is for where something else than the button takes the form's place.
 */
export function useOpenedForm() {
  const [isOpen, setOpen] = useState(false);
  const [refocus, setRefocus] = useState(false);
  const open = () => setOpen(true);
  const close = () => {
    setOpen(false);
    setRefocus(true);
  };
  const closeWithoutFocus = () => setOpen(false);
  return { isOpen, open, close, closeWithoutFocus, refocus };
}
