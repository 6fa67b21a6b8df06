// The agenda as iCalendar (RFC 5545) with Vietnamese text: every physical line at most 75 octets
// (§3.1; a Vietnamese character is two or three octets), no character cut in two by a fold, and
// the calendar's name escaped as TEXT like the summary, so a calendar app reads the title back.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, member, staffOf } from '../../../../test/helpers/fixtures.js';
import type { TestApp } from '../../../../test/helpers/testApp.js';
import { eventsApp, ok, startupDay } from './helpers.js';

const TITLE = 'Ngày hội Khởi nghiệp, đổi mới sáng tạo; kết nối nhà đầu tư \\ chuyên gia sở hữu trí tuệ tỉnh Lạng Sơn 2026';
let t: TestApp;
let founder: Member;
let eventId: string;

beforeAll(async () => {
  let admin;
  ({ t, admin } = await eventsApp());
  const staff = await staffOf(t, admin, 'lang-son');
  founder = await member(t, 'startup');
  eventId = ok(await staff.post('/api/events', startupDay({ title: TITLE, status: 'published' })), 201).id;
  ok(await founder.client.post(`/api/events/${eventId}/registrations`, {}), 201);
}, 60_000);
afterAll(() => t?.close());

describe('the agenda as iCalendar', () => {
  it('folds every line at 75 octets without cutting a character', async () => {
    const res = await founder.client.get(`/api/events/${eventId}/agenda?format=ics`);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(res.text, 'utf8');
    const lines = res.text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(res.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' ') || l.startsWith('\t'))).toBe(true);
    // The folds split between characters: the text decodes back to the same octets.
    expect(Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)).toBe(true);
    const summary = res.text
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .find((l) => l.startsWith('SUMMARY:'));
    expect(summary).toBe(`SUMMARY:${TITLE.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,')}`);
  });

  it('names the calendar after the event, escaped as TEXT', async () => {
    const text = (await founder.client.get(`/api/events/${eventId}/agenda?format=ics`)).text;
    const calendar = new ICAL.Component(ICAL.parse(text));
    // A non-standard property's value is TEXT by default (§3.8.8.2); ical.js keeps it raw, so unescape it as TEXT.
    const name = String(calendar.getFirstPropertyValue('x-wr-calname'));
    expect(name).toBe(TITLE.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,'));
    expect(ICAL.design.icalendar.value.text!.fromICAL!(name)).toBe(TITLE);
    expect(new ICAL.Event(calendar.getFirstSubcomponent('vevent')!).summary).toBe(TITLE);
  });
});
