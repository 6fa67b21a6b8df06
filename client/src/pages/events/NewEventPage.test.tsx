import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EventCreatedOutput } from '@ketnoi/contract';
import NewEventPage from './NewEventPage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { meAs, parsed } from '../../test/fixtures.js';
import { atEventFixturesTime, calendarEvent, overlap, providerProfile } from '../../test/eventFixtures.js';

atEventFixturesTime();

const fair = calendarEvent({ id: 'ev-9', kind: 'trade_fair', title: 'Hội chợ OCOP vùng (Phú Thọ)', province: 'phu-tho' });
const reasons = ['Cùng vùng Trung du và miền núi phía Bắc, do Phú Thọ tổ chức', 'Cùng chủ đề: Kết nối tiêu thụ, phân phối'];
const setTime = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** The form for staff, the server refusing its save as invalid with this `message` and field `details`. */
function openRefusingSave(refusal: Pick<Parameters<typeof apiError>[1], 'message' | 'details'>) {
  mockApi({
    'GET /api/events/overlaps': { items: [] },
    'POST /api/events': apiError(400, { code: 'validation_failed', ...refusal }),
  });
  renderApp(<NewEventPage />, { path: '/events/new', me: meAs(null, 'staff') });
}

describe('Creating an event', () => {
  it('warns of the region’s overlapping events while the form is filled, and publishes with meetings', async () => {
    const api = mockApi({
      'GET /api/events/overlaps': { items: [overlap(fair, reasons)] },
      'POST /api/events': ({ body }) => ({
        status: 201,
        body: parsed(EventCreatedOutput, {
          ...calendarEvent({ id: 'ev-new', title: (body as { title: string }).title }),
          overlaps: [overlap(fair, reasons)],
        }),
      }),
    });
    renderApp(<NewEventPage />, { path: '/events/new', me: meAs(null, 'staff') });
    await userEvent.selectOptions(await screen.findByLabelText(/^Loại sự kiện/), 'startup_day');
    await userEvent.type(screen.getByLabelText(/^Tên sự kiện/), 'Ngày hội Khởi nghiệp Lạng Sơn');
    await userEvent.click(screen.getByRole('button', { name: 'Kết nối tiêu thụ, phân phối' }));
    setTime(/^Bắt đầu/, '2026-03-28T08:00');
    setTime(/^Kết thúc/, '2026-03-28T17:00');

    // The overlap check runs before anything is saved.
    const before = await screen.findByTestId('overlaps');
    expect(before).toHaveTextContent('Trước khi đăng: vùng này đã có các sự kiện gần ngày');
    expect(before).toHaveTextContent('Cùng chủ đề: Kết nối tiêu thụ, phân phối');
    const asked = Object.fromEntries(api.callsTo('GET', '/api/events/overlaps').at(-1)!.query);
    expect(asked).toMatchObject({
      province: 'lang-son',
      startsAt: '2026-03-28T01:00:00.000Z',
      kind: 'startup_day',
      topics: 'distribution',
    });

    await userEvent.type(screen.getByLabelText(/^Địa điểm/), 'Hội trường tầng 2');
    await userEvent.type(screen.getByLabelText(/^Số chỗ/), '120');
    await userEvent.click(screen.getByLabelText('Có gặp 1-1 (xếp lịch theo giờ và bàn)'));
    // The meeting hours start as the event's own, for the organiser to narrow.
    expect(screen.getByLabelText(/^Từ/)).toHaveValue('2026-03-28T08:00');
    expect(screen.getByLabelText(/^Đến/)).toHaveValue('2026-03-28T17:00');
    setTime(/^Từ/, '2026-03-28T13:30');
    setTime(/^Đến/, '2026-03-28T15:00');
    await userEvent.clear(screen.getByLabelText(/^Mỗi lượt/));
    await userEvent.type(screen.getByLabelText(/^Mỗi lượt/), '30');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng lên lịch' }));

    await waitFor(() => expect(api.callsTo('POST', '/api/events')).toHaveLength(1));
    // The providers' directory is not read unless the venue-provider part is opened.
    expect(api.callsTo('GET', '/api/profiles')).toHaveLength(0);
    expect(api.callsTo('POST', '/api/events')[0]!.body).toEqual({
      kind: 'startup_day',
      title: 'Ngày hội Khởi nghiệp Lạng Sơn',
      description: '',
      coOrganizers: [],
      topics: ['distribution'],
      startsAt: '2026-03-28T01:00:00.000Z',
      endsAt: '2026-03-28T10:00:00.000Z',
      venue: { name: 'Hội trường tầng 2' },
      online: false,
      capacity: 120,
      meetings: { slotMinutes: 30, tables: 10, from: '2026-03-28T06:30:00.000Z', to: '2026-03-28T08:00:00.000Z', maxPerParticipant: 4 },
      status: 'published',
    });
    expect(await screen.findByRole('heading', { name: 'Đã đăng sự kiện lên lịch' })).toBeInTheDocument();
    expect(screen.getByTestId('overlaps')).toHaveTextContent('Sự kiện đã được tạo. Lưu ý các sự kiện trùng trong vùng:');
    expect(screen.getByRole('link', { name: 'Quản lý sự kiện' })).toHaveAttribute('href', '/events/ev-new/manage');
  });

  it('shows the server’s field errors next to the fields', async () => {
    openRefusingSave({
      message: 'Invalid request',
      details: [{ path: 'endsAt', message: 'The event must end after it starts.' }],
    });
    await userEvent.type(await screen.findByLabelText(/^Tên sự kiện/), 'Tập huấn');
    setTime(/^Bắt đầu/, '2026-03-28T17:00');
    setTime(/^Kết thúc/, '2026-03-28T08:00');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    const endsAt = await screen.findByLabelText(/^Kết thúc/);
    expect(endsAt).toHaveAttribute('aria-invalid', 'true');
    expect(endsAt).toHaveAccessibleDescription('Sự kiện phải kết thúc sau lúc bắt đầu.');
    expect(endsAt).toHaveFocus();
  });

  it('says an empty save in Vietnamese on the fields, focuses the first, and no English list', async () => {
    openRefusingSave({
      message: 'Some fields are not valid: title, startsAt, endsAt.',
      details: [
        { path: 'title', message: 'Give the event a title.', code: 'too_small' },
        { path: 'startsAt', message: 'Use an ISO-8601 time such as 2026-03-02T09:00:00+07:00.', code: 'invalid_type' },
        { path: 'endsAt', message: 'Use an ISO-8601 time such as 2026-03-02T09:00:00+07:00.', code: 'invalid_type' },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Lưu nháp' }));
    const title = await screen.findByLabelText(/^Tên sự kiện/);
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAccessibleDescription('Hãy đặt tên cho sự kiện.');
    expect(screen.getByLabelText(/^Bắt đầu/)).toHaveAccessibleDescription('Vui lòng điền ô này.');
    expect(screen.getByText('Vui lòng kiểm tra lại các ô được đánh dấu.')).toBeInTheDocument();
    expect(screen.queryByText(/Some fields are not valid/)).toBeNull();
  });

  it('holds the event at a provider’s hall: the provider and resource go with the venue, named after them', async () => {
    const space = providerProfile();
    const api = mockApi({
      'GET /api/events/overlaps': { items: [] },
      'GET /api/profiles': { items: [space], nextCursor: null },
      [`GET /api/profiles/${space.id}`]: space,
      'POST /api/events': () => ({ status: 201, body: parsed(EventCreatedOutput, { ...calendarEvent({ id: 'ev-new' }), overlaps: [] }) }),
    });
    renderApp(<NewEventPage />, { path: '/events/new', me: meAs(null, 'staff') });
    await userEvent.type(await screen.findByLabelText(/^Tên sự kiện/), 'Tập huấn nhãn hiệu');
    setTime(/^Bắt đầu/, '2026-03-28T08:00');
    setTime(/^Kết thúc/, '2026-03-28T11:00');
    await userEvent.click(screen.getByText('Địa điểm của một đơn vị hỗ trợ (không bắt buộc)'));
    await userEvent.selectOptions(await screen.findByRole('listbox', { name: 'Đơn vị hỗ trợ' }), space.id);
    // The province's providers only.
    expect(api.callsTo('GET', '/api/profiles')[0]!.query.get('province')).toBe('lang-son');
    const room = await screen.findByLabelText(`Phòng, hội trường của ${space.name}`);
    expect([...(room as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'Không chọn phòng cụ thể',
      'Hội trường tầng 2 (150 chỗ)',
      'Phòng họp nhỏ',
    ]);
    await userEvent.selectOptions(room, 'Hội trường tầng 2');
    expect(screen.getByLabelText(/^Địa điểm/)).toHaveValue(`Hội trường tầng 2, ${space.name}`);
    await userEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    await waitFor(() => expect(api.callsTo('POST', '/api/events')).toHaveLength(1));
    expect((api.callsTo('POST', '/api/events')[0]!.body as { venue: unknown }).venue).toEqual({
      name: `Hội trường tầng 2, ${space.name}`,
      providerId: space.id,
      resource: 'Hội trường tầng 2',
    });
  });
});
