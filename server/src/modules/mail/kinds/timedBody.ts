// The body of a mail about something at a time (a consultation or booking, an event meeting, an
// event): a lead, the time block and a closing line, as text and as HTML paragraphs.
import type { KindTemplates } from '../render.js';

export interface TimedWording {
  subject: string;
  button: string;
  lead: string;
  /** The time block; its lines break with <br> in HTML unless `whenHtml` says otherwise. */
  when: string;
  tail: string;
}

export function timedBody({ subject, button, lead, when, tail }: TimedWording, whenHtml = when.replace(/\n/g, '<br>')): KindTemplates {
  return {
    subject,
    button,
    text: `${lead}\n\n${when}\n\n${tail}`,
    html: `<p style="margin:0 0 12px;">${lead}</p>\n<p style="margin:0 0 12px;">${whenHtml}</p>\n<p style="margin:0;">${tail}</p>`,
  };
}
