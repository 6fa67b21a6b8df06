// RFC 5545 text helpers shared by the calendar files the server writes (mail attachments, the
// event agenda download).

const LINE_OCTETS = 75;

/**
 * Fold content lines at 75 octets (RFC 5545 §3.1). The ics package folds at 75 characters, so a
 * Vietnamese title (two or three UTF-8 octets a letter) made lines of 100 octets and more. Lines
 * are unfolded, then cut before a character that would pass the limit, never inside one; each
 * continuation starts with a space, which counts.
 */
export function foldOctets(calendar: string): string {
  const lines = calendar.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      for (const char of line) {
        const size = Buffer.byteLength(char);
        if (octets + size > LINE_OCTETS) {
          parts.push(part);
          part = ' ';
          octets = 1;
        }
        part += char;
        octets += size;
      }
      parts.push(part);
      return parts.join('\r\n');
    })
    .join('\r\n');
}
