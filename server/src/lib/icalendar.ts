// RFC 5545 details the `ics` package leaves out: it folds lines every 75 characters, but the
// limit is 75 octets (§3.1), and a Vietnamese line is up to three octets a character; and it
// writes the calendar's name (X-WR-CALNAME) without escaping its commas, semicolons and
// backslashes (§3.3.11 TEXT); and it escapes only LF and CRLF in TEXT, so a bare CR in stored text
// (people's names, meeting messages) went out raw, where readers that end lines at CR saw the rest
// of the value as a property of its own.

const LIMIT = 75;

/** A TEXT value: backslash, semicolon and comma escaped, newlines as \n. */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Unfold every content line, then fold again at 75 octets, never inside a UTF-8 character. A CR or
 * LF that does not end a line (CRLF does) is text inside a value: it is written as the escaped \n.
 */
export function foldOctets(calendar: string): string {
  const lines = calendar
    .replace(/\r\n[ \t]/g, '')
    .replace(/\r(?!\n)|(?<!\r)\n/g, '\\n')
    .split('\r\n');
  return lines.map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= LIMIT) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let room = LIMIT;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
      room = LIMIT - 1; // a continuation line starts with one space
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
