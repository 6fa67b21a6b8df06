import Linkify from 'linkify-react';
import type { Opts } from 'linkifyjs';

// Only what a person plainly wrote as an address becomes a link: `https://…`, `http://…` or `www.…`
// (not every "word.word", which Vietnamese text and product names are full of), and e-mail addresses.
// Anyone can write this text, so links open in a new tab, say nothing of this page to the other site
// and are marked as user content for search engines.
const OPTIONS: Opts = {
  defaultProtocol: 'https',
  target: '_blank',
  rel: 'noopener noreferrer nofollow ugc',
  validate: { url: (value: string) => /^(https?:\/\/|www\.)/i.test(value) },
};

/** Free text someone typed (a message, a description, a meeting link), with its web and mail addresses as links. */
export function LinkedText({ children }: { children: string }) {
  return <Linkify options={OPTIONS}>{children}</Linkify>;
}
