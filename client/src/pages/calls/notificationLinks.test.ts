import { describe, expect, it } from 'vitest';
import { NotificationOutput } from '@ketnoi/contract';
import { parsed } from '../../test/fixtures.js';
import { notificationKey, notificationTarget } from '../notifications/notificationView.js';
import { en, vi } from '../../i18n/resources.js';

const notification = (type: string, data: Record<string, unknown>) =>
  parsed(NotificationOutput, { id: 'no-1', type, data, read: false, createdAt: '2026-03-10T09:00:00.000Z' });

describe('calls notifications', () => {
  it('open the page each one is about', () => {
    const data = { eventId: 'ev 1', title: 'Ngày hội khởi nghiệp Lạng Sơn', entryId: 'en-1' };
    expect(notificationTarget(notification('call.results_published', data))).toBe('/events/ev%201/results');
    expect(notificationTarget(notification('call.judge_assigned', data))).toBe('/events/ev%201/judging');
    expect(notificationTarget(notification('call.entry_submitted_for_you', data))).toBe('/events/ev%201/call');
  });

  it('have words in Vietnamese and English', () => {
    for (const type of ['call.results_published', 'call.judge_assigned', 'call.entry_submitted_for_you']) {
      const words = (tree: typeof vi) => (tree.notifications as Record<string, Record<string, string>>).type![notificationKey(type)];
      expect(words(vi)).toMatch(/cuộc thi|hồ sơ dự thi/i);
      expect(words(en)).toMatch(/competition/i);
    }
  });
});
