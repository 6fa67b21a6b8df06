// Calendar files attached to mails: content lines folded at 75 octets (RFC 5545 §3.1), Vietnamese
// text included (the folding itself: lib/icalendar.test.ts).
import { describe, expect, it } from 'vitest';
import { calendarText } from './calendar.js';

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const octets = (line: string) => Buffer.byteLength(line);

describe('calendar lines', () => {
  const title = 'Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn 2026 – gặp gỡ nhà đầu tư, chuyên gia sở hữu trí tuệ';
  const text = calendarText({
    uid: 'event-42@ketnoi',
    title,
    startsAt: '2026-12-19T01:00:00.000Z',
    endsAt: '2026-12-19T10:00:00.000Z',
    location: 'Hội trường tầng 2, Không gian khởi nghiệp Sở KH&CN Lạng Sơn, Thành phố Lạng Sơn',
    url: 'https://ketnoi.example.vn/events/42',
  });

  it('are at most 75 octets, end in CRLF, and continue with a space', () => {
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    const summary = lines.findIndex((l) => l.startsWith('SUMMARY:'));
    expect(lines[summary + 1]).toMatch(/^ \S/);
  });

  it('unfold to the full Vietnamese text, never cut inside a letter', () => {
    expect(unfold(text)).toContain(`SUMMARY:${title.replace(',', '\\,')}\r\n`);
    expect(unfold(text)).toContain('LOCATION:Hội trường tầng 2\\, Không gian khởi nghiệp Sở KH&CN Lạng Sơn\\, Thành phố Lạng Sơn\r\n');
    for (const line of text.split('\r\n')) expect(Buffer.from(line).toString('utf8')).toBe(line);
  });
});
