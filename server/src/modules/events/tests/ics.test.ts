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
let investor: Member;
let eventId: string;

beforeAll(async () => {
  let admin;
  ({ t, admin } = await eventsApp());
  const staff = await staffOf(t, admin, 'lang-son');
  founder = await member(t, 'startup');
  eventId = ok(await staff.post('/api/events', startupDay({ title: TITLE, status: 'published' })), 201).id;
  ok(await founder.client.post(`/api/events/${eventId}/registrations`, {}), 201);
  investor = await member(t, 'investor');
  ok(await investor.client.post(`/api/events/${eventId}/registrations`, {}), 201);
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

describe('text from other people in the agenda', () => {
  it('keeps a lone carriage return inside its value, as an escaped line break', async () => {
    // Stored text may hold line breaks, a bare CR among them. The `ics` package escapes only \n and
    // \r\n, so a bare CR went out raw, and a reader that ends lines at CR (Python's icalendar,
    // splitlines) read "URL:…" below as a property of the meeting.
    const message = 'Hẹn gặp ở bàn 1\rURL:https://evil.example/phish';
    const meeting = ok(await founder.client.post(`/api/events/${eventId}/meetings`, { withProfileId: investor.profile.id, message }), 201);
    expect(ok(await investor.client.post(`/api/events/${eventId}/meetings/${meeting.id}/accept`)).slot).not.toBeNull();
    const text = (await investor.client.get(`/api/events/${eventId}/agenda?format=ics`)).text;
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines.filter((l) => l.startsWith('URL:'))).toEqual([]);
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const meetingEntry = vevents.find((v) => v.description.includes('evil.example'));
    expect(meetingEntry?.description.split('\n').at(-2)).toBe('Hẹn gặp ở bàn 1');
    expect(meetingEntry?.description.split('\n').at(-1)).toBe('URL:https://evil.example/phish');
  });
});
