import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import EventPage from './EventPage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { expertProfile, meAs, startupProfile } from '../../test/fixtures.js';
import { atEventFixturesTime, calendarEvent, overlap, providerProfile, registration } from '../../test/eventFixtures.js';
import { FakeSocket } from '../../test/fakeSocket.js';
import type { Me } from '@ketnoi/contract';

atEventFixturesTime();

const startup = startupProfile();
const expert = expertProfile();
const open = (me: Me | null, socket?: FakeSocket) =>
  renderApp(<EventPage />, { path: '/events/:id', url: '/events/ev-1', me, ...(socket ? { socket } : {}) });

describe('Event page', () => {
  it('shows a visitor what, when, where and who, and sends them to sign in and come back', async () => {
    mockApi({ 'GET /api/events/ev-1': calendarEvent() });
    open(null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026' })).toBeInTheDocument();
    expect(document.title).toBe('Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026 — KếtNối');
    expect(screen.getByText(/28\/03\/2026, 08:00–17:00/)).toBeInTheDocument();
    expect(screen.getByText('Hội trường tầng 2, Sở KH&CN Lạng Sơn, Thành phố Lạng Sơn')).toBeInTheDocument();
    expect(screen.getByText('12 / 120 đã đăng ký')).toBeInTheDocument();
    expect(screen.getByText('13:30–15:00, mỗi lượt 30 phút, 2 bàn')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đăng nhập để đăng ký' })).toHaveAttribute('href', '/signin?next=%2Fevents%2Fev-1');
    expect(screen.queryByTestId('ticket')).not.toBeInTheDocument();
  });

  it('registers a signed-in founder and shows the ticket: the code as a QR code and in large characters', async () => {
    let mine: ReturnType<typeof registration> | null = null;
    const api = mockApi({
      'GET /api/events/ev-1': () => calendarEvent({ myRegistration: mine, registered: mine ? 13 : 12 }),
      'POST /api/events/ev-1/registrations': () => {
        mine = registration(startup);
        return { status: 201, body: mine };
      },
      'GET /api/events/ev-1/registrations': {
        items: [registration(expert, { code: undefined, checkedInAt: undefined })],
        nextCursor: null,
      },
    });
    open(meAs(startup));
    await userEvent.click(await screen.findByRole('button', { name: 'Thêm điều bạn tìm hoặc giúp được (không bắt buộc)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Gọi vốn, đầu tư' }));
    await userEvent.type(screen.getByLabelText('Ghi chú cho ban tổ chức'), 'Mang mẫu sản phẩm');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng ký tham dự' }));
    expect(api.callsTo('POST', '/api/events/ev-1/registrations')[0]!.body).toEqual({ seeks: ['funding'], note: 'Mang mẫu sản phẩm' });

    const ticket = await screen.findByTestId('ticket');
    expect(within(ticket).getByText('K7Q 4FX')).toBeInTheDocument();
    await waitFor(() => expect(within(ticket).getByRole('img', { name: 'Mã QR của vé K7Q4FX' }).querySelector('svg')).not.toBeNull());
    // The heading, now saying so, holds the focus: the page shows the ticket from its top.
    expect(screen.getByRole('heading', { name: 'Bạn đã đăng ký' })).toHaveFocus();
    // Registered: the meetings, the agenda and who else is coming.
    expect(screen.getByRole('link', { name: 'Gặp 1-1: gợi ý và lời mời' })).toHaveAttribute('href', '/events/ev-1/meetings');
    expect(screen.getByRole('link', { name: 'Lịch gặp của tôi' })).toHaveAttribute('href', '/events/ev-1/agenda');
    expect(await screen.findByRole('link', { name: expert.name })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mời gặp' })).toHaveAttribute('href', `/events/ev-1/meetings?with=${expert.id}`);
  });

  it('tells a waitlisted founder their place, and lets them leave the list', async () => {
    const api = mockApi({
      'GET /api/events/ev-1': calendarEvent({
        capacity: 12,
        waitlisted: 2,
        myRegistration: registration(startup, { status: 'waitlisted', waitlistPosition: 2 }),
      }),
      'DELETE /api/events/ev-1/registrations/me': { status: 204 },
    });
    open(meAs(startup));
    expect(await screen.findByText(/Bạn đứng thứ 2 trong danh sách chờ/)).toBeInTheDocument();
    expect(screen.queryByTestId('ticket')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Hủy đăng ký' }));
    await userEvent.click(screen.getByRole('button', { name: 'Có, hủy đăng ký' }));
    await waitFor(() => expect(api.callsTo('DELETE', '/api/events/ev-1/registrations/me')).toHaveLength(1));
  });

  it('explains a refusal in words (already registered), and a full event offers the waitlist', async () => {
    mockApi({
      'GET /api/events/ev-1': calendarEvent({ capacity: 12, registered: 12 }),
      'POST /api/events/ev-1/registrations': apiError(409, {
        code: 'conflict',
        message: 'Already registered for this event.',
        details: { registrationId: 'r-1', status: 'registered' },
      }),
    });
    open(meAs(startup));
    await userEvent.click(await screen.findByRole('button', { name: 'Vào danh sách chờ' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bạn đã đăng ký sự kiện này rồi.');
  });

  it('shows the organising staff the console and the overlapping events of the region', async () => {
    const other = calendarEvent({ id: 'ev-9', title: 'Hội thảo kết nối tiêu thụ (Phú Thọ)', province: 'phu-tho' });
    const api = mockApi({
      'GET /api/events/ev-1': calendarEvent(),
      'GET /api/events/overlaps': {
        items: [overlap(other, ['Cùng vùng Trung du và miền núi phía Bắc, do Phú Thọ tổ chức', 'Cách 8 ngày (bắt đầu 20/03/2026)'])],
      },
    });
    open(meAs(null, 'staff'));
    expect(await screen.findByRole('link', { name: 'Quản lý sự kiện' })).toHaveAttribute('href', '/events/ev-1/manage');
    const warning = await screen.findByTestId('overlaps');
    expect(warning).toHaveTextContent('1 sự kiện trùng trong vùng');
    expect(within(warning).getByRole('link', { name: 'Hội thảo kết nối tiêu thụ (Phú Thọ)' })).toHaveAttribute('href', '/events/ev-9');
    expect(warning).toHaveTextContent('Cách 8 ngày (bắt đầu 20/03/2026)');
    expect(Object.fromEntries(api.callsTo('GET', '/api/events/overlaps')[0]!.query)).toMatchObject({
      province: 'lang-son',
      excludeId: 'ev-1',
      topics: 'funding,distribution',
      kind: 'startup_day',
    });
    // Staff have no profile: they register founders from the console.
    expect(screen.getByRole('link', { name: 'Đăng ký giúp một người trong tỉnh (ở trang quản lý)' })).toHaveAttribute(
      'href',
      '/events/ev-1/manage?tab=registrants',
    );
  });

  it('follows a change of time or a cancellation live (event:updated)', async () => {
    const socket = new FakeSocket();
    let current = calendarEvent({ myRegistration: registration(startup) });
    mockApi({ 'GET /api/events/ev-1': () => current, 'GET /api/events/ev-1/registrations': { items: [], nextCursor: null } });
    open(meAs(startup), socket);
    await screen.findByTestId('ticket');
    const { myRegistration: _mine, ...pushed } = calendarEvent({ status: 'cancelled', registrationOpen: false });
    current = { ...pushed, myRegistration: registration(startup) };
    await socket.push('event:updated', { event: pushed });
    expect(await screen.findByText('Đã hủy')).toBeInTheDocument();
  });

  it('keeps the ticket for a founder who comes back to it offline, after a while on other pages', async () => {
    const api = mockApi({ 'GET /api/events/ev-1': calendarEvent({ myRegistration: registration(startup) }) });
    const first = open(meAs(startup));
    await screen.findByTestId('ticket');
    // Ten minutes on other pages (the page's data would be dropped after five), then no signal at the door.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      first.unmount();
      vi.advanceTimersByTime(10 * 60_000);
    } finally {
      vi.useRealTimers();
    }
    act(() => onlineManager.setOnline(false));
    try {
      renderApp(<EventPage />, { path: '/events/:id', url: '/events/ev-1', me: meAs(startup), queryClient: first.queryClient });
      expect(within(await screen.findByTestId('ticket')).getByText('K7Q 4FX')).toBeInTheDocument();
      expect(api.callsTo('GET', '/api/events/ev-1')).toHaveLength(1);
    } finally {
      act(() => onlineManager.setOnline(true));
    }
  });

  it('names the provider lending the venue, with a link for signed-in people', async () => {
    const space = providerProfile();
    const atTheSpace = calendarEvent({ venue: { name: 'Hội trường tầng 2', providerId: space.id, resource: 'Hội trường tầng 2' } });
    mockApi({ 'GET /api/events/ev-1': atTheSpace, [`GET /api/profiles/${space.id}`]: space });
    const visitor = open(null);
    const row = (await screen.findByText('Đơn vị cho mượn địa điểm')).closest('.facts__row')!;
    expect(await within(row as HTMLElement).findByText(space.name)).toBeInTheDocument();
    expect(within(row as HTMLElement).queryByRole('link')).not.toBeInTheDocument();
    visitor.unmount();

    open(meAs(startup));
    expect(await screen.findByRole('link', { name: space.name })).toHaveAttribute('href', `/profiles/${space.id}`);
  });

  it('says so when the event does not exist (or is a draft of another province)', async () => {
    mockApi({});
    open(null);
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy sự kiện này' })).toBeInTheDocument();
  });
});
