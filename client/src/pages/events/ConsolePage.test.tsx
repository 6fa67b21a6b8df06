import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ConsolePage from './ConsolePage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { expertProfile, meAs, startupProfile } from '../../test/fixtures.js';
import { atEventFixturesTime, calendarEvent, meeting, registration } from '../../test/eventFixtures.js';

atEventFixturesTime();

const staff = meAs(null, 'staff'); // Lạng Sơn
const startup = startupProfile();
const expert = expertProfile();
const waiting = startupProfile({ id: 'p-waiting', name: 'Miến ngô Thuận Anh' });
const CHECKED_AT = '2026-03-28T01:05:00.000Z';
const conflict = (message: string, details: object) => apiError(409, { code: 'conflict', message, details });
const open = (tab: string) => renderApp(<ConsolePage />, { path: '/events/:id/manage', url: `/events/ev-1/manage?tab=${tab}`, me: staff });

describe('Organiser console', () => {
  it('checks people in by their typed ticket code, and says why a code is refused', async () => {
    const api = mockApi({
      'GET /api/events/ev-1': calendarEvent(),
      'POST /api/events/ev-1/checkin': ({ body }) => {
        const { code } = body as { code: string };
        if (code === 'K7Q4FX') return registration(startup, { checkedInAt: new Date().toISOString() });
        if (code === 'W4ITNG')
          return conflict('This person is on the waitlist and has no place yet.', {
            status: 'waitlisted',
            registration: registration(waiting, { code: 'W4ITNG', status: 'waitlisted', waitlistPosition: 2 }),
          });
        if (code === 'OLD123') return conflict('This registration was cancelled.', { status: 'cancelled' });
        return apiError(404, { code: 'not_found', message: 'Registration with this code at this event not found' });
      },
      [`DELETE /api/events/ev-1/registrations/r-${startup.id}/checkin`]: () => registration(startup),
    });
    open('checkin');
    const input = await screen.findByLabelText('Hoặc gõ mã vé');
    await userEvent.type(input, 'k7q 4fx');
    await userEvent.click(screen.getByRole('button', { name: 'Điểm danh' }));
    const result = await screen.findByTestId('checkin-result');
    expect(result).toHaveTextContent('Đã điểm danh');
    expect(result).toHaveTextContent(startup.name);
    expect(api.callsTo('POST', '/api/events/ev-1/checkin')[0]!.body).toEqual({ code: 'K7Q4FX' });
    expect(input).toHaveValue('');

    // The wrong ticket: the card of the scan just made takes it back, and says so.
    await userEvent.click(within(result).getByRole('button', { name: 'Điểm danh nhầm? Hủy' }));
    await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('Đã hủy điểm danh'));
    expect(screen.getByTestId('checkin-result')).toHaveTextContent(`${startup.name} chưa được tính là có mặt.`);
    expect(api.callsTo('DELETE', `/api/events/ev-1/registrations/r-${startup.id}/checkin`)).toHaveLength(1);
    expect(input).toHaveFocus();

    await userEvent.type(input, 'W4ITNG{Enter}');
    await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('Chưa cho vào được'));
    expect(screen.getByTestId('checkin-result')).toHaveTextContent('Miến ngô Thuận Anh đứng thứ 2 trong danh sách chờ, chưa có chỗ.');

    // Without a registration in the answer, the message still says why.
    await userEvent.type(input, 'OLD123{Enter}');
    await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('Đăng ký này đã bị hủy.'));

    await userEvent.type(input, 'ZZZZZZ{Enter}');
    await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('Không tìm thấy mã này'));
    // The earlier answers stay listed below, newest first.
    expect(screen.getByRole('heading', { name: 'Vừa quét' }).nextElementSibling).toHaveTextContent(
      /OLD 123.*đã bị hủy.*W4I TNG.*danh sách chờ.*K7Q 4FX.*Mật ong chanh rừng Chi Lăng/,
    );
  });

  it('says a check-in days before the event counts, and a ticket held up twice is already in', async () => {
    let checkedInAt: string | null = null;
    mockApi({
      'GET /api/events/ev-1': calendarEvent(),
      'POST /api/events/ev-1/checkin': () => {
        // The server's clock a second ahead of the door's: the second answer is the first one's time.
        checkedInAt ??= new Date(Date.now() + 1000).toISOString();
        return registration(startup, { checkedInAt });
      },
    });
    open('checkin');
    const input = await screen.findByLabelText('Hoặc gõ mã vé');
    expect(screen.getByText(/Sự kiện bắt đầu lúc .*vẫn được tính là có mặt/)).toBeInTheDocument();
    await userEvent.type(input, 'K7Q4FX{Enter}');
    await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('Đã điểm danh'));
    await userEvent.type(input, 'K7Q4FX{Enter}');
    await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('Đã điểm danh từ trước'));
    expect(within(screen.getByTestId('checkin-result')).queryByRole('button')).not.toBeInTheDocument();
  });

  it('lists registrants with codes, finds one by code and checks them in from the list', async () => {
    let checkedInAt: string | null = null;
    const api = mockApi({
      'GET /api/events/ev-1': calendarEvent({ registered: 2, waitlisted: 1 }),
      'GET /api/events/ev-1/registrations': () => ({
        items: [
          registration(startup, { checkedInAt }),
          registration(expert, { code: 'H2MN7P', offers: ['trademark'], seeks: [] }),
          registration(waiting, { code: 'W4ITNG', status: 'waitlisted', waitlistPosition: 1 }),
        ],
        nextCursor: null,
      }),
      'POST /api/events/ev-1/checkin': () => {
        checkedInAt = CHECKED_AT;
        return registration(startup, { checkedInAt });
      },
      [`DELETE /api/events/ev-1/registrations/r-${startup.id}/checkin`]: () => {
        checkedInAt = null;
        return registration(startup, { checkedInAt });
      },
    });
    open('registrants');
    expect(await screen.findByText('2 đã đăng ký · 1 chờ · 0 đã điểm danh')).toBeInTheDocument();
    expect(screen.getAllByTestId('registrant')).toHaveLength(3);
    expect(within(screen.getAllByTestId('registrant')[2]!).getByText('Danh sách chờ #1')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Tìm tên hoặc mã vé'), 'k7q 4f');
    const rows = screen.getAllByTestId('registrant');
    expect(rows).toHaveLength(1);
    await userEvent.click(within(rows[0]!).getByRole('button', { name: 'Điểm danh' }));
    expect(api.callsTo('POST', '/api/events/ev-1/checkin')[0]!.body).toEqual({ code: 'K7Q4FX' });
    expect(await screen.findByText('2 đã đăng ký · 1 chờ · 1 đã điểm danh')).toBeInTheDocument();
    expect(within(screen.getByTestId('registrant')).queryByRole('button', { name: 'Điểm danh' })).not.toBeInTheDocument();
    // The pressed button is gone; the row's next action has the focus, not the top of the page.
    expect(within(screen.getByTestId('registrant')).getByRole('link', { name: 'In lịch gặp' })).toHaveFocus();

    // The wrong row was tapped: the check-in is taken back and the row can be checked in again.
    await userEvent.click(within(screen.getByTestId('registrant')).getByRole('button', { name: 'Hủy điểm danh' }));
    expect(api.callsTo('DELETE', `/api/events/ev-1/registrations/r-${startup.id}/checkin`)).toHaveLength(1);
    expect(await screen.findByText('2 đã đăng ký · 1 chờ · 0 đã điểm danh')).toBeInTheDocument();
    expect(within(screen.getByTestId('registrant')).getByRole('button', { name: 'Điểm danh' })).toBeInTheDocument();
    expect(within(screen.getByTestId('registrant')).queryByRole('button', { name: 'Hủy điểm danh' })).not.toBeInTheDocument();
  });

  it('a new event with nobody registered says how people come, not “nobody matches the filter”', async () => {
    mockApi({
      'GET /api/events/ev-1': calendarEvent(),
      'GET /api/events/ev-1/registrations': { items: [], nextCursor: null },
    });
    open('registrants');
    expect(await screen.findByText('Chưa có ai đăng ký.')).toBeInTheDocument();
    expect(screen.queryByText('Không có ai khớp bộ lọc.')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mở trang sự kiện để chia sẻ' })).toHaveAttribute('href', '/events/ev-1');
  });

  it('a draft with nobody registered says to publish it first', async () => {
    mockApi({
      'GET /api/events/ev-1': calendarEvent({ status: 'draft' }),
      'GET /api/events/ev-1/registrations': { items: [], nextCursor: null },
    });
    open('registrants');
    expect(await screen.findByText('Sự kiện còn là bản nháp: đăng lên lịch thì mọi người mới đăng ký được.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Mở trang sự kiện để chia sẻ' })).not.toBeInTheDocument();
  });

  it('asks before cancelling a registration and lets staff keep it', async () => {
    const api = mockApi({
      'GET /api/events/ev-1': calendarEvent({ registered: 1 }),
      'GET /api/events/ev-1/registrations': { items: [registration(startup)], nextCursor: null },
    });
    open('registrants');
    const row = await screen.findByTestId('registrant');
    await userEvent.click(within(row).getByRole('button', { name: 'Hủy đăng ký' }));
    expect(within(row).getByRole('button', { name: 'Xác nhận hủy' })).toHaveFocus();
    await userEvent.click(within(row).getByRole('button', { name: 'Giữ lại' }));
    expect(within(row).queryByRole('button', { name: 'Xác nhận hủy' })).toBeNull();
    expect(within(row).getByRole('button', { name: 'Hủy đăng ký' })).toHaveFocus();
    expect(api.calls.filter((call) => call.method !== 'GET')).toHaveLength(0);
  });

  it('shows the meeting board as slots × tables and re-plans it', async () => {
    const placed = meeting({
      status: 'accepted',
      slot: { startsAt: '2026-03-28T07:00:00.000Z', endsAt: '2026-03-28T07:30:00.000Z', table: 2 },
    });
    const unplaced = meeting({
      id: 'mt-2',
      status: 'accepted',
      slot: null,
      requester: { ...placed.requester, id: 'p-other', name: 'Thạch đen Hồng Nhung' },
      requesterId: 'p-other',
    });
    let meetings = [placed, unplaced];
    const api = mockApi({
      'GET /api/events/ev-1': calendarEvent(),
      'GET /api/events/ev-1/meetings': () => ({ items: meetings, nextCursor: null }),
      'POST /api/events/ev-1/schedule': () => {
        meetings = [placed, { ...unplaced, slot: { startsAt: '2026-03-28T06:30:00.000Z', endsAt: '2026-03-28T07:00:00.000Z', table: 1 } }];
        return { scheduled: 2, unscheduled: [], moved: 1 };
      },
    });
    open('board');
    const board = await screen.findByTestId('meeting-board');
    // 13:30–15:00 in 30-minute slots, 2 tables.
    const rows = within(board).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['13:30', '14:00', '14:30']);
    expect(within(rows[1]!).getAllByRole('cell')[1]).toHaveTextContent(`${startup.name}${expert.name}`);
    expect(screen.getByRole('heading', { name: 'Đã nhận lời nhưng chưa có chỗ' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Xếp lại toàn bộ lịch' }));
    expect(await screen.findByTestId('replan-result')).toHaveTextContent('Đã xếp 2 cuộc gặp · 0 chưa có chỗ · 1 đổi giờ hoặc bàn.');
    expect(api.callsTo('POST', '/api/events/ev-1/schedule')).toHaveLength(1);
    await waitFor(() => expect(within(rows[0]!).getAllByRole('cell')[0]).toHaveTextContent('Thạch đen Hồng Nhung'));
    expect(screen.queryByRole('heading', { name: 'Đã nhận lời nhưng chưa có chỗ' })).not.toBeInTheDocument();
  });

  it('publishes a draft, and cancels an event only after saying how many people will be told', async () => {
    let status: 'draft' | 'published' | 'cancelled' = 'draft';
    const api = mockApi({
      'GET /api/events/ev-1': () => calendarEvent({ status, registered: 12, waitlisted: 2 }),
      'PATCH /api/events/ev-1': ({ body }) => {
        status = (body as { status: typeof status }).status;
        return calendarEvent({ status, registered: 12, waitlisted: 2 });
      },
    });
    open('edit');
    await userEvent.click(await screen.findByRole('button', { name: 'Đăng lên lịch' }));
    expect(api.callsTo('PATCH', '/api/events/ev-1')[0]!.body).toEqual({ status: 'published' });
    await userEvent.click(await screen.findByRole('button', { name: 'Hủy sự kiện…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Hủy sự kiện và báo cho 14 người đăng ký' }));
    expect(api.callsTo('PATCH', '/api/events/ev-1')[1]!.body).toEqual({ status: 'cancelled' });
    expect(await screen.findByText('Sự kiện đã kết thúc hoặc đã hủy nên không sửa được nữa.')).toBeInTheDocument();
  });

  it('sends only what changed when the event is edited', async () => {
    const api = mockApi({
      'GET /api/events/ev-1': calendarEvent(),
      'PATCH /api/events/ev-1': calendarEvent({ capacity: 150, venue: null }),
    });
    open('edit');
    const capacity = await screen.findByLabelText(/^Số chỗ/);
    await userEvent.clear(capacity);
    await userEvent.type(capacity, '150');
    await userEvent.clear(screen.getByLabelText(/^Địa điểm/));
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu. Người đăng ký được báo nếu giờ hoặc địa điểm thay đổi.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', '/api/events/ev-1')[0]!.body).toEqual({ capacity: 150, venue: null });
  });

  it('lets a co-organising province run the door but not change the event; others are kept out', async () => {
    mockApi({ 'GET /api/events/ev-1': calendarEvent({ province: 'phu-tho', coOrganizers: ['lang-son'] }) });
    const first = open('edit');
    expect(
      await screen.findByText('Chỉ cán bộ tỉnh tổ chức sửa được sự kiện; tỉnh cùng tổ chức lo danh sách và điểm danh.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Điểm danh' })).toBeInTheDocument();
    first.unmount();

    mockApi({ 'GET /api/events/ev-1': calendarEvent({ province: 'phu-tho', coOrganizers: [] }) });
    open('registrants');
    expect(await screen.findByText('Chỉ cán bộ tỉnh tổ chức hoặc cùng tổ chức quản lý được sự kiện này.')).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
  });
});
