// Buttons inside a mail body, as inline styles (mail clients drop most CSS). Padding makes each at
// least 44 px tall, a finger's width: a bare text link is too small to tap on a phone. The class
// names let the dark-mode rules of the layout (clients that honour them) recolour the outlines.

const BASE =
  'display:inline-block;padding:12px 20px;border-radius:6px;font-weight:bold;font-size:15px;line-height:20px;text-decoration:none;';

/** The filled green button: the thing to do. */
export const FILLED = `${BASE}background:#0b5c4a;color:#ffffff;border:1px solid #0b5c4a;`;
/** A green outline: another choice of the same weight, or the way into the app beside one-tap answers. */
export const OUTLINE = `${BASE}background:#ffffff;color:#0b5c4a;border:1px solid #0b5c4a;`;
/** A red outline: the choice that says no. */
export const OUTLINE_NO = `${BASE}background:#ffffff;color:#b42318;border:1px solid #b42318;`;

/** A button as an HTML fragment (the url and label are template expressions, escaped). */
export function button(url: string, label: string, style: string, className: string, margin = '0 8px 8px 0'): string {
  return `<a href="${url}" class="${className}" style="${style}margin:${margin};">${label}</a>`;
}
