// RFC 5545 details the `ics` package leaves out: it folds lines every 75 characters, but the
// limit is 75 octets (§3.1), and a Vietnamese line is up to three octets a character; and it
// writes the calendar's name (X-WR-CALNAME) without escaping its commas, semicolons and
// backslashes (§3.3.11 TEXT).

const LIMIT = 75;

/** A TEXT value: backslash, semicolon and comma escaped, newlines as \n. */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Unfold every content line, then fold again at 75 octets, never inside a UTF-8 character. */
export function foldOctets(calendar: string): string {
  const lines = calendar.replace(/\r\n[ \t]/g, '').split('\r\n');
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
