import { describe, expect, it } from 'vitest';
import { foldOctets, icsText } from './icalendar.js';

const octets = (s: string) => Buffer.byteLength(s);

describe('foldOctets', () => {
  it('folds at 75 octets, not 75 characters, and unfolds back to the same text', () => {
    const value = 'Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Lạng Sơn: gặp gỡ nhà đầu tư và chuyên gia sở hữu trí tuệ';
    const folded = foldOctets(`BEGIN:VEVENT\r\nSUMMARY:${value}\r\nEND:VEVENT\r\n`);
    const lines = folded.split('\r\n');
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(0);
    expect(folded.replace(/\r\n /g, '')).toBe(`BEGIN:VEVENT\r\nSUMMARY:${value}\r\nEND:VEVENT\r\n`);
    // No character is cut in two: every physical line is valid UTF-8 on its own.
    for (const line of lines) expect(Buffer.from(Buffer.from(line).toString('utf8')).equals(Buffer.from(line))).toBe(true);
  });

  it('refolds a line the library folded by characters', () => {
    const long = 'Đ'.repeat(80); // 160 octets
    const byCharacters = `X:${long.slice(0, 73)}\r\n\t${long.slice(73)}`;
    const lines = foldOctets(byCharacters).split('\r\n');
    // "X:" + 36 Đ (a 37th would make 76); " " + 37 Đ; " " + the last 7 Đ.
    expect(lines.map(octets)).toEqual([74, 75, 15]);
  });

  it('leaves short lines alone', () => {
    expect(foldOctets('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n');
    expect(foldOctets('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });

  it('folds a long ASCII line into 75 octets, then a space and 74', () => {
    const folded = foldOctets(`DESCRIPTION:${'a'.repeat(150)}\r\n`).split('\r\n');
    expect(folded.map(octets)).toEqual([75, 75, 14, 0]);
  });
});

describe('icsText', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(icsText('Hội thảo; Lạng Sơn, 2026 \\ a\nb')).toBe('Hội thảo\\; Lạng Sơn\\, 2026 \\\\ a\\nb');
  });
});
