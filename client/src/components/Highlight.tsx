import { parseHighlight } from '../lib/highlight.js';

/** Renders a server highlight string; only <mark> becomes an element, the rest is text. */
export function Highlight({ html, className }: { html: string; className?: string }) {
  return (
    <span className={className}>
      {parseHighlight(html).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </span>
  );
}
