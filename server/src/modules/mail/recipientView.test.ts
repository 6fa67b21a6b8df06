// The mail as its recipient sees it, mostly on a phone: what the inbox line says first, taps that a
// finger can hit, times said once, the preview line, dark mode, calendar files named in the
// mail's language, and no words of the other language.
import { describe, expect, it } from 'vitest';
import { calendarAttachment, calendarFilename, latestPerEntry } from './calendar.js';
import { MAIL_KINDS } from './kinds/index.js';
import type { MailKind, MailLanguage } from './render.js';
import { preheaderOf, renderMail } from './render.js';

const context = {
  origin: 'https://ketnoi.example.vn',
  recipientName: 'Nguyễn Thị Thu Hương',
  unsubscribeUrl: 'https://ketnoi.example.vn/api/mail/unsubscribe/abc.def',
  actionUrls: { accept: 'https://ketnoi.example.vn/api/mail/actions/AAA', decline: 'https://ketnoi.example.vn/api/mail/actions/BBB' },
};
const LONG = 'Hợp tác xã Nông nghiệp Sạch và Dược liệu Hữu cơ Tràng Định – Lạng Sơn';
const render = (name: keyof typeof MAIL_KINDS, data: unknown, language: MailLanguage, actionUrls: Record<string, string> = {}) =>
  renderMail(MAIL_KINDS[name] as MailKind<unknown>, data, language, { ...context, actionUrls });

const intro = { introId: 'i1', fromName: LONG, toName: LONG, byName: LONG };
const awaiting = { introId: 'i1', fromName: LONG, message: 'Xin gặp anh.', expiresAt: '2026-03-09T01:00:00.000Z' };
const meeting = {
  eventId: 'e1',
  eventTitle: 'Ngày hội Khởi nghiệp',
  meetingId: 'm1',
  withName: LONG,
  startsAt: '2026-03-20T03:00:00.000Z',
  endsAt: '2026-03-20T03:20:00.000Z',
  table: 12,
  changedAt: '2026-03-19T01:00:00.000Z',
};
const consultation = {
  consultationId: 'c1',
  withName: 'Luật sư Bảo',
  startsAt: '2026-03-10T02:00:00.000Z',
  endsAt: '2026-03-10T02:45:00.000Z',
  mode: 'online',
  changedAt: '2026-03-02T01:00:00.000Z',
};
const followUp = {
  consultationId: 'c1',
  withName: 'Luật sư Bảo',
  completedAt: '2025-12-01T03:00:00.000Z',
  answers: [
    { tag: 'trademark_granted', vi: 'Đã được cấp văn bằng', en: 'Trademark granted' },
    { tag: 'still_waiting', vi: 'Vẫn đang chờ kết quả', en: 'Still waiting' },
  ],
  answerBy: '2026-04-01T03:00:00.000Z',
};

describe('the inbox line', () => {
  // A phone shows about 35 characters of a subject: what happened comes before a long name.
  const cases: [keyof typeof MAIL_KINDS, unknown, string, string][] = [
    ['intro.awaiting', awaiting, 'Đề nghị giới thiệu mới từ', 'New introduction request from'],
    [
      'intro.reminder',
      { ...awaiting, days: 2 },
      'Nhắc lại: đề nghị giới thiệu đã chờ bạn 2 ngày',
      'Reminder: an introduction has waited 2 days',
    ],
    ['intro.accepted', intro, 'Đã đồng ý kết nối:', 'Introduction accepted:'],
    ['intro.declined', intro, 'Đã từ chối lời đề nghị giới thiệu:', 'Introduction declined:'],
    ['intro.approved', intro, 'Đã duyệt:', 'Approved:'],
    ['intro.rejected', intro, 'Không được duyệt:', 'Not approved:'],
    ['intro.expired', intro, 'Hết hạn:', 'Expired:'],
    ['message.received', { conversationId: 'c', senderName: LONG, preview: 'Chào', unread: 1 }, 'Tin nhắn mới từ', 'New message from'],
    ['event.meeting_scheduled', meeting, 'Lịch gặp mới:', 'Meeting scheduled:'],
    ['event.meeting_moved', meeting, 'Đổi lịch gặp:', 'Meeting moved:'],
    ['event.meeting_cancelled', meeting, 'Đã hủy cuộc gặp:', 'Meeting cancelled:'],
    ['consultation.follow_up', followUp, 'Kết quả ra sao?', 'What happened next?'],
  ];
  for (const [name, data, vi, en] of cases) {
    it(`${name} says what happened before the names`, () => {
      expect(render(name, data, 'vi').subject.startsWith(vi)).toBe(true);
      expect(render(name, data, 'en').subject.startsWith(en)).toBe(true);
    });
  }

  it('has a hidden preheader with the first paragraph, not the greeting', () => {
    const mail = render('intro.awaiting', awaiting, 'vi', context.actionUrls);
    const hidden = /<div style="display:none;[^"]*">([^<&]*)/.exec(mail.html);
    expect(hidden?.[1]).toBe(`${LONG} gửi bạn một lời đề nghị giới thiệu:`);
    expect(mail.html.indexOf('display:none')).toBeLessThan(mail.html.indexOf('Xin chào'));
  });

  it('cuts a long preheader at a word', () => {
    const paragraph = 'Ngày hội khởi nghiệp '.repeat(10);
    const long = preheaderOf(`${paragraph}\n\nrest`);
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith('…')).toBe(true);
    const kept = long.slice(0, -1);
    expect(paragraph.startsWith(kept) && paragraph[kept.length] === ' ').toBe(true);
    expect(preheaderOf('Một dòng.\n\nDòng sau.')).toBe('Một dòng.');
  });

  it('previews the digest by its first item', () => {
    const digest = {
      date: '2026-03-02T12:00:00.000Z',
      total: 34,
      items: [{ subject: 'Tin nhắn mới từ Luật sư Bảo', link: 'https://ketnoi.example.vn/chat/c', actions: [] }],
      attachments: [],
    };
    expect(render('digest.daily', digest, 'vi').html).toContain('>Tin nhắn mới từ Luật sư Bảo (+33)');
  });
});

describe('taps', () => {
  const padding = (html: string, href: string) => new RegExp(`<a href="${href}"[^>]*style="[^"]*padding:1[02]px`).test(html);

  it('one-tap intro answers are buttons, say that a page asks to confirm, and the app button steps back', () => {
    for (const language of ['vi', 'en'] as const) {
      const mail = render('intro.awaiting', awaiting, language, context.actionUrls);
      expect(padding(mail.html, context.actionUrls.accept)).toBe(true);
      expect(padding(mail.html, context.actionUrls.decline)).toBe(true);
      expect(mail.html).toContain(language === 'vi' ? 'trang để bạn xác nhận' : 'a page where you confirm');
      expect(mail.text).toContain(language === 'vi' ? 'không cần đăng nhập' : 'no sign-in needed');
      // The text part has links, not buttons.
      expect(mail.text).toContain(language === 'vi' ? 'Mỗi liên kết mở một trang' : 'Each link opens a page');
      // The app button is an outline (white inside) when the answers are the main buttons.
      expect(mail.html).toMatch(new RegExp(`<a href="${mail.link}" class="kn-outline" style="[^"]*background:#ffffff`));
    }
    const plain = render('password.reset', { token: 'T'.repeat(43), validMinutes: 60 }, 'vi');
    expect(plain.html).toMatch(/<a href="[^"]*reset-password[^"]*" class="kn-button" style="[^"]*background:#0b5c4a/);
  });

  it('follow-up answers are one full-width button each', () => {
    const urls = { trademark_granted: 'https://k.vn/api/mail/actions/T1', still_waiting: 'https://k.vn/api/mail/actions/T2' };
    const mail = render('consultation.follow_up', followUp, 'vi', urls);
    for (const url of Object.values(urls)) {
      expect(mail.html).toMatch(new RegExp(`<a href="${url}"[^>]*style="[^"]*padding:12px[^"]*display:block`));
    }
    expect(mail.html).toContain('Hãy chọn một câu trả lời');
  });

  it('the digest lists one-tap answers as buttons too', () => {
    const url = 'https://ketnoi.example.vn/api/mail/actions/AAA';
    const digest = {
      date: '2026-03-02T12:00:00.000Z',
      total: 1,
      items: [{ subject: 'Đề nghị', link: 'https://ketnoi.example.vn/intros', actions: [{ label: 'Đồng ý', url }] }],
      attachments: [],
    };
    const mail = render('digest.daily', digest, 'vi');
    expect(padding(mail.html, url)).toBe(true);
    expect(mail.html).toContain('Mỗi nút trả lời mở một trang để bạn xác nhận');
    expect(mail.text).toContain('Mỗi liên kết trả lời mở một trang để bạn xác nhận');
    const quiet = render('digest.daily', { ...digest, items: [{ ...digest.items[0]!, actions: [] }] }, 'en');
    expect(quiet.html).not.toContain('opens a page where you confirm');
  });
});

describe('times, languages and dark mode', () => {
  it('names the day of a span once, in Vietnam time', () => {
    expect(render('consultation.scheduled', consultation, 'vi').text).toContain('Thời gian: 09:00–09:45 Thứ Ba, 10 tháng 3, 2026');
    expect(render('consultation.scheduled', consultation, 'en').text).toContain('When: Tuesday, 10 March 2026, 09:00–09:45');
    const overnight = { ...consultation, endsAt: '2026-03-11T02:45:00.000Z' };
    // ICU puts thin spaces around the dash of a range over two days.
    expect(render('consultation.scheduled', overnight, 'en').text).toMatch(
      /When: Tuesday, 10 March 2026 at 09:00\s–\sWednesday, 11 March 2026 at 09:45/,
    );
  });

  it('declares its colour schemes, with dark rules for clients that honour them', () => {
    const { html } = render('intro.awaiting', awaiting, 'vi', context.actionUrls);
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toContain('@media (prefers-color-scheme: dark)');
    expect(html).toContain('class="kn-card"');
  });

  it('names calendar files in the mail language, by thing and day, with no English in a Vietnamese one', () => {
    const vi = render('consultation.scheduled', consultation, 'vi');
    expect(vi.attachments.map((a) => a.filename)).toEqual(['tu-van-2026-03-10.ics']);
    expect(Buffer.from(vi.attachments[0]!.contentBase64, 'base64').toString()).toContain('LOCATION:Trực tuyến');
    expect(render('consultation.scheduled', consultation, 'en').attachments[0]!.filename).toBe('consultation-2026-03-10.ics');
    const event = { eventId: 'e1', title: 'Ngày hội', startsAt: '2026-03-19T18:00:00.000Z', endsAt: '2026-03-19T20:00:00.000Z' };
    const ticket = render('event.registration_confirmed', { ...event, ticketCode: 'KN-1' }, 'vi').attachments[0]!;
    // 01:00 on the 20th in Vietnam, though the 19th in UTC.
    expect(ticket.filename).toBe('su-kien-2026-03-20.ics');
    expect(Buffer.from(ticket.contentBase64, 'base64').toString()).toContain('DESCRIPTION:Mã vé: KN-1');
    expect(render('event.meeting_moved', meeting, 'vi').attachments[0]!.filename).toBe('lich-gap-2026-03-20.ics');
  });

  it('keeps one calendar file per thing in a digest: the latest', () => {
    const entry = {
      uid: 'consultation-c1@ketnoi',
      title: 'Tư vấn',
      startsAt: consultation.startsAt,
      endsAt: consultation.endsAt,
      url: 'https://ketnoi.example.vn/consultations',
    };
    const first = calendarAttachment({ ...entry, sequence: 10 }, calendarFilename('consultation', entry.startsAt, 'vi'));
    const moved = calendarAttachment({ ...entry, sequence: 20 }, calendarFilename('consultation', entry.startsAt, 'vi'));
    const other = calendarAttachment({ ...entry, uid: 'event-e1@ketnoi', sequence: 5 }, 'su-kien.ics');
    expect(latestPerEntry([first, other, moved])).toEqual([other, moved]);
    expect(latestPerEntry([moved, first])).toEqual([moved]);
  });
});
