import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ConsultationsPage from './ConsultationsPage.js';
import { renderApp } from '../../test/render.js';
import { requestsToShow } from '../../test/requests.js';
import { mockApi } from '../../test/mockApi.js';
import { consultation, expertProfile, intro, meAs, startupProfile, summaryOf } from '../../test/fixtures.js';

/** `n` consultations of one expert, each with a different startup through a different intro. */
function consultations(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const startup = startupProfile({ id: `p-startup-${i}`, name: `Khởi nghiệp số ${i + 1}` });
    return consultation({ id: `k-${i}`, introId: `i-${i}`, startupId: startup.id, startup: summaryOf(startup) });
  });
}

function requestsFor(n: number) {
  const items = consultations(n);
  return requestsToShow(
    { 'GET /api/consultations': { items, nextCursor: null } },
    () => renderApp(<ConsultationsPage />, { path: '/consultations', me: meAs(expertProfile()) }),
    async () => {
      expect(await screen.findAllByTestId('consultation')).toHaveLength(n);
      for (const c of items) expect(screen.getByRole('link', { name: c.startup!.name })).toBeInTheDocument();
    },
  );
}

describe('Consultations page', () => {
  it('makes the same requests for one consultation as for eight: no request per card', async () => {
    const one = await requestsFor(1);
    const eight = await requestsFor(8);
    expect(one).toEqual(['GET /api/consultations']);
    expect(eight).toEqual(one);
  });
});

describe('The tabs', () => {
  it('read what is scheduled as an agenda, soonest first, and the record of the past latest first', async () => {
    const api = mockApi({ 'GET /api/consultations': { items: [], nextCursor: null } });
    renderApp(<ConsultationsPage />, { path: '/consultations', me: meAs(expertProfile()) });
    await screen.findByText('Chưa có buổi nào sắp tới.');
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Đã hoàn thành' }));
    await screen.findByRole('tab', { name: 'Đã hoàn thành', selected: true });
    const asked = api.callsTo('GET', '/api/consultations').map((c) => [c.query.get('status'), c.query.get('order')]);
    expect(asked).toEqual([
      ['scheduled', 'soonest'],
      ['completed', 'latest'],
    ]);
  });
});

describe('The tab in the address', () => {
  it('opens on the tab a link names (a notification about a completed consultation)', async () => {
    const api = mockApi({ 'GET /api/consultations': { items: [], nextCursor: null } });
    renderApp(<ConsultationsPage />, { path: '/consultations', url: '/consultations?status=completed', me: meAs(startupProfile()) });
    await screen.findByRole('tab', { name: 'Đã hoàn thành', selected: true });
    expect(api.callsTo('GET', '/api/consultations').map((c) => c.query.get('status'))).toEqual(['completed']);
  });
});

describe('Recording an outcome', () => {
  it('says the outcome is saved and where the consultation went, since it leaves the list', async () => {
    const held = consultation({ startsAt: '2025-10-05T02:00:00.000Z' });
    let completed = false;
    const api = mockApi({
      'GET /api/consultations': ({ query }) =>
        query.get('status') === 'scheduled' && !completed
          ? { items: [held], nextCursor: null }
          : { items: query.get('status') === 'completed' ? [{ ...held, status: 'completed' }] : [], nextCursor: null },
      'POST /api/consultations/k-1/complete': () => {
        completed = true;
        return { ...held, status: 'completed', outcome: { tags: ['trademark_filed'] } };
      },
    });
    renderApp(<ConsultationsPage />, { path: '/consultations', me: meAs(expertProfile()) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận kết quả' }));
    await user.click(screen.getByRole('checkbox', { name: 'Đã nộp đơn nhãn hiệu' }));
    await user.click(screen.getByRole('button', { name: 'Lưu kết quả' }));
    const note = await screen.findByRole('status');
    expect(note).toHaveTextContent(`Đã ghi nhận kết quả buổi làm việc với ${held.startup!.name}.`);
    await screen.findByText('Chưa có buổi nào sắp tới.');
    await user.click(screen.getByRole('button', { name: 'Xem mục Đã hoàn thành' }));
    await screen.findByRole('tab', { name: 'Đã hoàn thành', selected: true });
    expect(await screen.findAllByTestId('consultation')).toHaveLength(1);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(api.callsTo('GET', '/api/consultations').at(-1)!.query.get('status')).toBe('completed');
  });
});

describe('Scheduling a new consultation', () => {
  it('asks with whom, with the question focused, and lets the founder go back', async () => {
    mockApi({
      'GET /api/consultations': { items: [], nextCursor: null },
      'GET /api/intros': { items: [], nextCursor: null },
    });
    renderApp(<ConsultationsPage />, { path: '/consultations', me: meAs(startupProfile()) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Đặt lịch mới' }));
    expect(screen.getByRole('heading', { name: 'Đặt lịch với ai?' })).toHaveFocus();
    expect(await screen.findByText('Cần có một lời giới thiệu đã được đồng ý trước.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByRole('heading', { name: 'Đặt lịch với ai?' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Đặt lịch mới' })).toHaveFocus();
  });

  it('says with whom and when once booked, since the form closes', async () => {
    const accepted = intro({ status: 'accepted', awaiting: [], acceptedBy: ['p-expert'], conversationId: 'c-1' });
    const api = mockApi({
      'GET /api/consultations': { items: [], nextCursor: null },
      'GET /api/intros/i-1': accepted,
      'POST /api/consultations': { status: 201, body: consultation({ startsAt: '2026-12-08T01:00:00.000Z' }) },
    });
    // Opened from the completed tab: once booked, the page shows the scheduled ones, where it now is.
    renderApp(<ConsultationsPage />, {
      path: '/consultations',
      url: '/consultations?intro=i-1&status=completed',
      me: meAs(startupProfile()),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Đặt lịch' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^Đã đặt lịch với Nguyễn Thị Hà lúc 08:00 08\/12\/2026\./);
    await screen.findByRole('tab', { name: 'Đã lên lịch', selected: true });
    expect(api.callsTo('POST', '/api/consultations')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Đặt lịch' })).toBeNull();
  });
});
