// The events API explains a refused event shape in English sentences (contract/src/events.ts
// `eventShapeIssues`, the title's RequiredText); the form shows each on its field in the reader's words.
import type { TFunction } from 'i18next';

const ISSUE_KEYS: Record<string, string> = {
  'Give the event a title.': 'events.form.issue.titleRequired',
  'The event must end after it starts.': 'events.form.issue.endAfterStart',
  'Registration must close after it opens.': 'events.form.issue.closeAfterOpen',
  'Registration must close by the end of the event.': 'events.form.issue.closeByEnd',
  'Registration must open before the event ends.': 'events.form.issue.openBeforeEnd',
  'Meeting hours must lie within the event.': 'events.form.issue.meetingsWithin',
  'Meeting hours must hold at least one whole slot.': 'events.form.issue.meetingsOneSlot',
};

/** Field messages (`fieldErrors`) with the event rules' sentences translated; any other stays as given. */
export function translateEventIssues(errors: Record<string, string>, t: TFunction): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [path, ISSUE_KEYS[message] ? t(ISSUE_KEYS[message]) : message]),
  );
}
