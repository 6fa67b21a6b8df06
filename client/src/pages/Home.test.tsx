import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import Home from './Home.js';
import { renderApp } from '../test/render.js';
import { mockApi } from '../test/mockApi.js';
import { consultation, meAs, need, startupProfile } from '../test/fixtures.js';
import { calendarEvent } from './portal/portalFixtures.js';

const EMPTY = { items: [], nextCursor: null };

/** A founder's home answers: nothing anywhere unless `routes` says otherwise. */
function homeApi(routes: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/intros': EMPTY,
    'GET /api/needs': EMPTY,
    'GET /api/consultations': EMPTY,
    'GET /api/matches': { items: [] },
    'GET /api/events': EMPTY,
    ...routes,
  });
}

describe('Home (a member’s own page)', () => {
  it('shows the next events of the member’s province, each linking to its page', async () => {
    const api = homeApi({ 'GET /api/events': { items: [calendarEvent()], nextCursor: null } });
    renderApp(<Home />, { me: meAs(startupProfile({ province: 'lang-son' })) });
    const events = await screen.findByRole('region', { name: 'Sự kiện sắp tới' });
    expect(await within(events).findByRole('link', { name: 'Ngày hội Khởi nghiệp Lạng Sơn 2026' })).toHaveAttribute('href', '/events/ev-1');
    expect(within(events).getByRole('link', { name: 'Tất cả sự kiện' })).toHaveAttribute('href', '/events?province=lang-son');
    await waitFor(() => expect(api.callsTo('GET', '/api/events')).toHaveLength(1));
    expect(api.callsTo('GET', '/api/events')[0]!.query.get('province')).toBe('lang-son');
  });

  it('a province with no events yet offers the other provinces’ calendar instead of a dead end', async () => {
    homeApi();
    renderApp(<Home />, { me: meAs(startupProfile({ province: 'ca-mau' })) });
    const events = await screen.findByRole('region', { name: 'Sự kiện sắp tới' });
    expect(await within(events).findByText(/Chưa có sự kiện nào sắp diễn ra ở Cà Mau\./)).toBeInTheDocument();
    expect(within(events).getByRole('link', { name: 'Xem sự kiện của các tỉnh khác' })).toHaveAttribute('href', '/events');
  });

  it('a provider sees their bookings, one still in use included, by resource', async () => {
    const day = 86_400_000;
    const iso = (ms: number) => new Date(ms).toISOString();
    const shelf = consultation({
      id: 'k-shelf',
      mode: 'onsite',
      resource: 'Kệ đặc sản vùng miền',
      startsAt: iso(Date.now() - 10 * day),
      endsAt: iso(Date.now() + 20 * day),
      durationMinutes: 30 * 24 * 60,
    });
    const over = consultation({ id: 'k-over', startsAt: iso(Date.now() - 3 * day), endsAt: iso(Date.now() - 3 * day + 3600_000) });
    homeApi({ 'GET /api/consultations': { items: [over, shelf], nextCursor: null } });
    renderApp(<Home />, { me: meAs(null, 'provider') });
    const upcoming = await screen.findByRole('region', { name: 'Đặt chỗ sắp tới và đang dùng' });
    expect(within(upcoming).getAllByRole('listitem')).toHaveLength(1);
    expect(within(upcoming).getByRole('listitem')).toHaveTextContent(/–.*· Kệ đặc sản vùng miền$/);
    expect(screen.getByRole('link', { name: /Lượt đặt chỗ đã lên lịch/ })).toHaveTextContent(/^2/);
  });

  it('a new startup without a profile sees 0 open needs, not a count that never arrives', async () => {
    const api = mockApi({
      'GET /api/intros': { items: [], nextCursor: null },
      'GET /api/consultations': { items: [], nextCursor: null },
      'GET /api/events': { items: [], nextCursor: null },
    });
    renderApp(<Home />, { me: meAs(null, 'startup') });
    const stat = await screen.findByRole('link', { name: /Nhu cầu đang mở/ });
    expect(stat).toHaveTextContent(/^0Nhu cầu đang mở$/);
    expect(api.callsTo('GET', '/api/needs')).toHaveLength(0);
  });

  it('with an open need, the next step is the people who can help with it', async () => {
    homeApi({ 'GET /api/needs': { items: [need({ id: 'n-7', title: 'can dang ky nhan hieu cho mam ca' })], nextCursor: null } });
    renderApp(<Home />, { me: meAs(startupProfile({ province: 'ca-mau' })) });
    const action = await screen.findByRole('link', { name: 'Xem người có thể giúp' });
    expect(action).toHaveAttribute('href', '/needs/n-7');
    expect(screen.getByText(/Nhu cầu “can dang ky nhan hieu cho mam ca” đang mở/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nêu một nhu cầu mới' })).not.toBeInTheDocument();
  });

  it('without an open need, the next step is stating one', async () => {
    homeApi();
    renderApp(<Home />, { me: meAs(startupProfile()) });
    expect(await screen.findByRole('link', { name: 'Nêu một nhu cầu mới' })).toHaveAttribute('href', '/needs');
  });
});
