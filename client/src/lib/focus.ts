/**
 * A ref callback that focuses its element once, when it appears (a notice or a question that
 * replaces the control just used). Being one stable function, React does not call it again on
 * each render, so it never takes the focus back from where the reader has moved since.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
