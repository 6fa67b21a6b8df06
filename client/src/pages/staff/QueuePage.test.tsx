import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import QueuePage from './QueuePage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { QueueOutput, type StaffQueue } from '@ketnoi/contract';
import { expertProfile, intro, meAs, need, parsed, startupProfile, summaryOf } from '../../test/fixtures.js';

/** The queue of a province as the server sends it; `lists` fills some of its lists. */
function queue(lists: Partial<Pick<StaffQueue, 'staleNeeds' | 'stalledIntros'>> = {}): StaffQueue {
  const staleNeeds = lists.staleNeeds ?? [];
  const stalledIntros = lists.stalledIntros ?? [];
  return parsed(QueueOutput, {
    scope: { level: 'province', province: 'ca-mau', region: null },
    generatedAt: '2026-12-07T08:00:00.000Z',
    staleNeedDays: 14,
    unansweredAfterDays: 3,
    counts: { pendingStaff: 0, staleNeeds: staleNeeds.length, stalledIntros: stalledIntros.length, unansweredExperts: 0 },
    pendingStaff: [],
    staleNeeds,
    stalledIntros,
    unansweredExperts: [],
  });
}

describe('Staff queue', () => {
  it('on a new province’s first day, an empty queue says what to do next, each step a link', async () => {
    mockApi({ 'GET /api/staff/queue': queue() });
    renderApp(<QueuePage />, { me: meAs(null, 'staff') });
    const steps = await screen.findByRole('region', { name: 'Hàng chờ đang trống' });
    const link = (name: string) => within(steps).getByRole('link', { name });
    expect(link('Xem các nhu cầu dự án đã nêu trong tỉnh')).toHaveAttribute('href', '/staff/needs');
    expect(link('Xác minh chuyên gia, đơn vị hỗ trợ mới đăng ký')).toHaveAttribute('href', '/staff/verify');
    expect(link('Tạo một sự kiện của tỉnh: tập huấn, ngày hội khởi nghiệp')).toHaveAttribute('href', '/events/new');
    expect(link('Mở cổng thông tin của tỉnh để chia sẻ')).toHaveAttribute('href', '/?province=ca-mau');
  });

  it('a queue with work in it shows the work, not the first steps', async () => {
    const stale = {
      ...need({ province: 'ca-mau' }),
      startup: null,
      openSince: '2026-11-01T00:00:00.000Z',
      lastIntroAt: null,
      waitingDays: 36,
      actions: ['broker'],
    };
    mockApi({ 'GET /api/staff/queue': queue({ staleNeeds: [stale] }) });
    renderApp(<QueuePage />, { me: meAs(null, 'staff') });
    expect(await screen.findByText('Đăng ký nhãn hiệu mật ong')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Hàng chờ đang trống' })).not.toBeInTheDocument();
  });

  it('offers a next step for a request nobody answered: call the one asked, or introduce someone else', async () => {
    const expired = {
      ...intro({ status: 'expired', needId: 'n-1', from: summaryOf(startupProfile()), to: summaryOf(expertProfile()) }),
      stalled: 'expired' as const,
      actions: ['follow_up', 'reassign'],
    };
    mockApi({ 'GET /api/staff/queue': queue({ stalledIntros: [expired] }) });
    renderApp(<QueuePage />, { me: meAs(null, 'staff') });
    expect(await screen.findByRole('link', { name: 'Ghi liên hệ với Nguyễn Thị Hà' })).toHaveAttribute(
      'href',
      '/staff/contacts?profileId=p-expert',
    );
    expect(screen.getByRole('link', { name: 'Giới thiệu người khác' })).toHaveAttribute('href', '/staff/broker?a=p-startup&need=n-1');
  });
});
