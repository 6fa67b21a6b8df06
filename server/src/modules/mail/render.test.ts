import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { MAIL_KINDS } from './kinds/index.js';
import type { MailKind, MailLanguage } from './render.js';
import { MAIL_LANGUAGES, renderMail } from './render.js';
import { classifySmtpError } from './transport.js';
import { UnsubscribeLinks } from './unsubscribe.js';

const context = {
  origin: 'https://ketnoi.example.vn',
  recipientName: 'Lan <Nguyễn>',
  unsubscribeUrl: 'https://ketnoi.example.vn/api/mail/unsubscribe/abc.def',
  actionUrls: { accept: 'https://ketnoi.example.vn/api/mail/actions/AAA', decline: 'https://ketnoi.example.vn/api/mail/actions/BBB' },
};

const event = { eventId: 'e1', title: 'Ngày hội <khởi nghiệp>', startsAt: '2026-04-10T01:30:00.000Z', endsAt: '2026-04-10T04:00:00.000Z' };
const consultation = {
  consultationId: 'c1',
  withName: 'Luật sư <Bình>',
  startsAt: '2026-04-10T01:30:00.000Z',
  endsAt: '2026-04-10T02:30:00.000Z',
  mode: 'online',
  changedAt: '2026-04-01T01:00:00.000Z',
};
const intro = { introId: 'i1', fromName: 'Mật ong <Chi Lăng>', toName: 'Luật sư Bình', needTitle: 'Nhãn hiệu & bao bì' };
const meeting = {
  eventId: 'e1',
  eventTitle: 'Ngày hội',
  meetingId: 'm1',
  withName: 'Quỹ <Đầu tư>',
  startsAt: '2026-04-10T02:00:00.000Z',
  endsAt: '2026-04-10T02:20:00.000Z',
  table: 4,
  changedAt: '2026-04-09T01:00:00.000Z',
};

const samples: Record<string, unknown> = {
  'intro.awaiting': { introId: 'i1', fromName: 'Mật ong <Chi Lăng>', message: 'Xin chào & cảm ơn', expiresAt: '2026-03-09T01:00:00.000Z' },
  'intro.reminder': { introId: 'i1', fromName: 'Mật ong <Chi Lăng>', message: 'Xin chào', expiresAt: '2026-03-09T01:00:00.000Z', days: 2 },
  'intro.accepted': { ...intro, byName: 'Luật sư Bình', conversationId: 'conv-1' },
  'intro.declined': { ...intro, byName: 'Luật sư Bình', reason: 'Hết lịch <tháng này>' },
  'intro.approved': { ...intro, expiresAt: '2026-03-09T01:00:00.000Z' },
  'intro.rejected': { ...intro, reason: 'Trùng yêu cầu' },
  'intro.expired': intro,
  'intro.pending_staff': { ...intro, message: 'Xin giới thiệu', expiresAt: '2026-03-09T01:00:00.000Z' },
  'consultation.scheduled': consultation,
  'consultation.moved': { ...consultation, previousStartsAt: '2026-04-09T01:30:00.000Z' },
  'consultation.cancelled': { ...consultation, reason: 'Ốm' },
  'consultation.follow_up': {
    consultationId: 'c1',
    withName: 'Luật sư <Bình>',
    completedAt: '2026-01-10T03:00:00.000Z',
    answers: [
      { tag: 'trademark_granted', vi: 'Được cấp văn bằng bảo hộ', en: 'Trademark granted' },
      { tag: 'still_waiting', vi: 'Vẫn đang chờ kết quả', en: 'Still waiting' },
    ],
    answerBy: '2026-05-10T03:00:00.000Z',
  },
  'message.received': { conversationId: 'conv-1', senderName: 'Mật ong <Chi Lăng>', preview: 'Chào anh & chị', unread: 2 },
  'digest.daily': {
    date: '2026-03-01T12:00:00.000Z',
    total: 3,
    items: [
      { subject: 'Đề nghị giới thiệu mới từ Mật ong <Chi Lăng>', link: 'https://ketnoi.example.vn/intros', actions: [] },
      {
        subject: 'Đổi lịch',
        link: 'https://ketnoi.example.vn/consultations',
        actions: [{ label: 'Đồng ý', url: 'https://ketnoi.example.vn/api/mail/actions/AAA' }],
      },
    ],
    attachments: [],
  },
  'password.reset': { token: 'T'.repeat(43), validMinutes: 60 },
  'password.changed': { at: '2026-03-02T01:00:00.000Z' },
  'event.registration_confirmed': { ...event, ticketCode: 'KN-1' },
  'event.waitlist_promoted': { ...event, ticketCode: 'KN-2', changedAt: '2026-04-01T01:00:00.000Z' },
  'event.changed': { ...event, location: 'Hội trường', changedAt: '2026-04-01T01:00:00.000Z' },
  'event.cancelled': { ...event, reason: 'Bão', changedAt: '2026-04-01T01:00:00.000Z' },
  'event.tomorrow': { ...event, ticketCode: 'KN-3', changedAt: '2026-04-01T01:00:00.000Z' },
  'event.meeting_scheduled': meeting,
  'event.meeting_moved': meeting,
  'event.meeting_cancelled': { ...meeting, reason: 'Bận' },
  'call.results_published': {
    eventId: 'ev-1',
    eventTitle: 'Cuộc thi <ý tưởng>',
    entryTitle: 'Mật ong & chanh',
    rank: 2,
    total: 78.5,
    entries: 9,
  },
};

describe('mail kinds', () => {
  it('are registered under their own names, each with a sample here', () => {
    for (const [name, kind] of Object.entries(MAIL_KINDS)) expect(kind.name).toBe(name);
    expect(Object.keys(samples).sort()).toEqual(Object.keys(MAIL_KINDS).sort());
  });

  for (const [name, kind] of Object.entries(MAIL_KINDS) as [string, MailKind<unknown>][]) {
    for (const language of MAIL_LANGUAGES) {
      it(`${name} renders in ${language}: both parts, the layout, escaping and the footer`, () => {
        const mail = renderMail(kind, samples[name], language as MailLanguage, context);
        expect(mail.subject.length).toBeGreaterThan(5);
        expect(mail.subject).not.toContain('{{');
        expect(mail.text).not.toMatch(/\{\{|\}\}|undefined|\[object/);
        expect(mail.html).not.toMatch(/\{\{|\}\}|undefined|\[object/);
        expect(mail.link.startsWith(context.origin)).toBe(true);
        expect(mail.html).toContain(`href="${mail.link.replace(/=/g, '&#x3D;')}"`);
        expect(mail.html).toContain(`<html lang="${language}">`);
        expect(mail.html).toContain('Lan &lt;Nguyễn&gt;');
        expect(mail.html).not.toContain('<Nguyễn>');
        expect(mail.text).toContain('Lan <Nguyễn>');
        expect(mail.text.startsWith('KếtNối')).toBe(true);
        expect(mail.text).toContain(language === 'vi' ? 'Xin chào' : 'Hello');
        expect(mail.headers).toMatchObject({ 'Content-Language': language });
        if (kind.category === 'notification') {
          expect(mail.text).toContain(context.unsubscribeUrl);
          expect(mail.html).toContain(`href="${context.unsubscribeUrl}"`);
          expect(mail.headers).toMatchObject({
            'List-Unsubscribe': `<${context.unsubscribeUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          });
        } else {
          // Sent even with mail off: no unsubscribe it would not honour, and the footer says why it came.
          expect(mail.text).not.toContain('/api/mail/unsubscribe/');
          expect(mail.html).not.toContain('/api/mail/unsubscribe/');
          expect(mail.headers).not.toHaveProperty('List-Unsubscribe');
          expect(mail.text).toContain(language === 'vi' ? 'luôn được gửi' : 'sent even when notification mails are off');
        }
      });
    }
  }

  it('refuses data that does not fit the kind', () => {
    expect(() => renderMail(MAIL_KINDS['password.reset'] as MailKind<unknown>, { token: 'short' }, 'vi', context)).toThrow();
  });

  it('escapes user text in HTML and keeps it plain in text', () => {
    const mail = renderMail(MAIL_KINDS['intro.awaiting'] as MailKind<unknown>, samples['intro.awaiting'], 'en', context);
    expect(mail.subject).toBe('New introduction request from Mật ong <Chi Lăng>');
    expect(mail.html).toContain('Mật ong &lt;Chi Lăng&gt;');
    expect(mail.html).toContain('Xin chào &amp; cảm ơn');
    expect(mail.text).toContain(`Accept: ${context.actionUrls.accept}`);
  });
});

describe('unsubscribe links', () => {
  it('verify only what they signed', () => {
    const links = new UnsubscribeLinks('a-secret-of-at-least-thirty-two-characters');
    const token = links.token('user-1');
    expect(links.verify(token)).toBe('user-1');
    expect(links.verify(token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).toBeNull();
    expect(new UnsubscribeLinks('another-secret-of-at-least-thirty-two-chars').verify(token)).toBeNull();
    expect(links.verify(`${Buffer.from('user-2').toString('base64url')}.${token.split('.')[1]}`)).toBeNull();
    expect(links.verify('garbage')).toBeNull();
  });
});

describe('SMTP failures', () => {
  it('are sorted into connection, temporary and permanent', () => {
    expect(classifySmtpError({ code: 'ESOCKET' }).kind).toBe('connection');
    expect(classifySmtpError({ code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN' }).kind).toBe('connection');
    expect(classifySmtpError({ code: 'EENVELOPE', responseCode: 451, command: 'RCPT TO' }).kind).toBe('temporary');
    expect(classifySmtpError({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' }).kind).toBe('permanent');
    expect(classifySmtpError({ code: 'EMESSAGE', responseCode: 503, command: 'DATA' }).kind).toBe('temporary');
  });
});

describe('mail configuration', () => {
  const base = { NODE_ENV: 'test', SESSION_SECRET: 's'.repeat(32) };
  it('takes smtp and smtps URLs, treats an empty value as unset and defaults the sender', () => {
    expect(loadConfig({ ...base, SMTP_URL: 'smtp://relay.local:25' }).mail.smtpUrl).toBe('smtp://relay.local:25');
    expect(loadConfig({ ...base, SMTP_URL: 'smtps://u:p@smtp.example.vn:465' }).mail.smtpUrl).toBe('smtps://u:p@smtp.example.vn:465');
    expect(loadConfig({ ...base, SMTP_URL: '', MAIL_FROM: '' }).mail).toEqual({ smtpUrl: null, from: 'KếtNối <no-reply@localhost>' });
    expect(loadConfig({ ...base, PUBLIC_ORIGIN: 'https://ketnoi.langson.gov.vn' }).mail.from).toBe(
      'KếtNối <no-reply@ketnoi.langson.gov.vn>',
    );
    expect(loadConfig({ ...base, MAIL_FROM: 'Sở KH&CN <ketnoi@langson.gov.vn>' }).mail.from).toBe('Sở KH&CN <ketnoi@langson.gov.vn>');
  });
  it('refuses other schemes and bad senders without echoing the URL (it may hold a password)', () => {
    expect(() => loadConfig({ ...base, SMTP_URL: 'http://u:secret@relay' })).toThrow(/SMTP_URL/);
    try {
      loadConfig({ ...base, SMTP_URL: 'http://u:secret@relay' });
    } catch (error) {
      expect((error as Error).message).not.toContain('secret');
    }
    expect(() => loadConfig({ ...base, MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM/);
  });
});
