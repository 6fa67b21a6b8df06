import { afterEach, describe, expect, it } from 'vitest';
import i18n from 'i18next';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import EventsPage from './EventsPage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { meAs } from '../../test/fixtures.js';
import { atEventFixturesTime, calendarEvent } from '../../test/eventFixtures.js';

atEventFixturesTime();

const fair = calendarEvent({
  id: 'ev-2',
  kind: 'trade_fair',
  title: 'Hội chợ OCOP vùng Trung du và miền núi phía Bắc',
  province: 'phu-tho',
  coOrganizers: ['lang-son', 'tuyen-quang'],
  startsAt: '2026-03-30T01:00:00.000Z',
  endsAt: '2026-04-01T10:00:00.000Z',
  capacity: 300,
  registered: 300,
  meetings: null,
});

describe('Events calendar', () => {
  it('lists published events without sign-in, with what, when, where and who organises', async () => {
    const api = mockApi({ 'GET /api/events': { items: [calendarEvent(), fair], nextCursor: null } });
    renderApp(<EventsPage />, { path: '/events', me: null });
    const cards = await screen.findAllByTestId('event-card');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getByRole('link', { name: 'Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026' })).toHaveAttribute(
      'href',
      '/events/ev-1',
    );
    expect(cards[0]).toHaveTextContent('28/03/2026, 08:00–17:00');
    expect(cards[0]).toHaveTextContent('Hội trường tầng 2, Sở KH&CN Lạng Sơn');
    expect(cards[0]).toHaveTextContent('còn 108 chỗ');
    expect(cards[1]).toHaveTextContent('Phú Thọ, cùng Lạng Sơn, Tuyên Quang');
    expect(cards[1]).toHaveTextContent('30/03/2026 08:00 – 01/04/2026 17:00');
    expect(cards[1]).toHaveTextContent('đã đủ chỗ');
    expect(within(cards[1]!).getByText('Hội chợ, triển lãm')).toBeInTheDocument();
    // Signed out: no staff button, upcoming events (no period sent: the server starts from now).
    expect(screen.queryByRole('link', { name: 'Tạo sự kiện' })).not.toBeInTheDocument();
    expect([...api.callsTo('GET', '/api/events')[0]!.query.keys()].sort()).toEqual(['limit']);
  });

  it('a link with a province the server does not know says so in words, with a way to every province', async () => {
    const api = mockApi({
      'GET /api/events': (req) =>
        req.query.get('province')
          ? apiError(400, {
              code: 'validation_failed',
              message: 'Some fields are not valid: query.province.',
              details: [{ path: 'query.province', message: 'Unknown province "CM".' }],
            })
          : { items: [calendarEvent()], nextCursor: null },
    });
    renderApp(<EventsPage />, { path: '/events', url: '/events?province=CM', me: null });
    expect(await screen.findByText('Không có tỉnh, thành phố “CM” trong danh sách.')).toBeInTheDocument();
    expect(screen.queryByText(/Some fields are not valid/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Xem lịch của mọi tỉnh' }));
    expect(await screen.findByRole('link', { name: 'Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026' })).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/events').at(-1)!.query.get('province')).toBeNull();
  });

  it('keeps filters in the URL and asks the server for them', async () => {
    const api = mockApi({ 'GET /api/events': { items: [fair], nextCursor: null } });
    const { router } = renderApp(<EventsPage />, {
      path: '/events',
      url: '/events?region=trung-du-mien-nui-phia-bac&kind=trade_fair',
      me: null,
    });
    await screen.findByTestId('event-card');
    expect(api.calls.at(-1)!.query.get('region')).toBe('trung-du-mien-nui-phia-bac');
    expect(api.calls.at(-1)!.query.get('kind')).toBe('trade_fair');
    expect(screen.getByRole('combobox', { name: 'Loại' })).toHaveValue('trade_fair');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tỉnh, thành phố' }), 'phu-tho');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Chủ đề' }), 'distribution');
    expect(new URLSearchParams(router.state.location.search).get('province')).toBe('phu-tho');
    const last = api.calls.at(-1)!.query;
    expect(Object.fromEntries(last)).toMatchObject({ province: 'phu-tho', topic: 'distribution', kind: 'trade_fair' });

    await userEvent.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    expect(router.state.location.search).toBe('');
  });

  it('shows a month as a grid; a day lists its events, multi-day events on each of their days', async () => {
    // An evening to midnight (Vietnam): its end is exclusive, so it is on the 26th alone, until 24:00.
    const evening = calendarEvent({
      id: 'ev-night',
      title: 'Đêm pitching',
      startsAt: '2026-03-26T15:00:00.000Z',
      endsAt: '2026-03-26T17:00:00.000Z',
    });
    const api = mockApi({ 'GET /api/events': { items: [calendarEvent(), fair, evening], nextCursor: null } });
    renderApp(<EventsPage />, { path: '/events', url: '/events?view=month&month=2026-03', me: null });
    const day28 = await screen.findByRole('button', { name: 'Ngày 28: 1 sự kiện' });
    expect(api.calls[0]!.query.get('from')).toBe('2026-03-01');
    expect(api.calls[0]!.query.get('to')).toBe('2026-04-01');
    // The fair runs 30 March – 1 April: March 30 and 31 carry it.
    expect(screen.getByRole('button', { name: 'Ngày 31: 1 sự kiện' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ngày 29: 0 sự kiện' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ngày 27: 0 sự kiện' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ngày 26: 1 sự kiện' }));
    expect(screen.getByText('22:00–24:00')).toBeInTheDocument();
    await userEvent.click(day28);
    expect(screen.getByRole('heading', { name: 'Ngày 28/03/2026' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ngày hội Khởi nghiệp tỉnh Lạng Sơn 2026' })).toBeInTheDocument();
    // Next month: the period moves and the URL with it.
    await userEvent.click(screen.getByRole('button', { name: 'Tháng sau' }));
    expect(await screen.findByRole('button', { name: 'Tháng 4/2026' })).toBeInTheDocument();
    expect(api.calls.at(-1)!.query.get('from')).toBe('2026-04-01');
  });

  describe('in English', () => {
    afterEach(() => i18n.changeLanguage('vi'));

    it('names the month in words on the month view', async () => {
      await i18n.changeLanguage('en');
      mockApi({ 'GET /api/events': { items: [calendarEvent()], nextCursor: null } });
      renderApp(<EventsPage />, { path: '/events', url: '/events?view=month&month=2026-03', me: null });
      expect(await screen.findByRole('grid', { name: 'March 2026' })).toBeInTheDocument();
      expect(screen.queryByText(/Month 3\/2026/)).toBeNull();
    });

    it('shows the short month name on an event card', async () => {
      await i18n.changeLanguage('en');
      mockApi({ 'GET /api/events': { items: [calendarEvent()], nextCursor: null } });
      renderApp(<EventsPage />, { path: '/events', me: null });
      const card = await screen.findByTestId('event-card');
      expect(card.querySelector('.event-card__month')).toHaveTextContent(/^Mar$/);
    });
  });

  it('offers staff the way to create an event and to see their drafts', async () => {
    const api = mockApi({ 'GET /api/events': { items: [], nextCursor: null } });
    renderApp(<EventsPage />, { path: '/events', me: meAs(null, 'staff') });
    expect(await screen.findByRole('link', { name: 'Tạo sự kiện' })).toHaveAttribute('href', '/events/new');
    expect(await screen.findByText('Chưa có sự kiện sắp tới.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Bản nháp của tỉnh tôi' }));
    expect(api.calls.at(-1)!.query.get('status')).toBe('draft');
  });
});
