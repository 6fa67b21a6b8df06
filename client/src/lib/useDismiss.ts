import { useEffect, type RefObject } from 'react';

/**
 * Closes an open popup (a menu, a disclosure) on a pointer press outside `inside` or on Escape;
 * Escape also gives the focus back to `button`, the control that opened it.
 */
export function useDismiss(
  open: boolean,
  close: () => void,
  inside: readonly RefObject<HTMLElement | null>[],
  button: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!inside.some((ref) => ref.current?.contains(target))) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      close();
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
    // The refs are stable objects; `close` may be a new function each render (it only sets state).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
}
