// Issue 14 item 22: bookings defaulted to 20:00, and a double booking got a vague message. The
// form proposes the next opening of the chosen resource (office hours for a meeting), marks a time
// outside the opening hours, and says what a refused booking overlaps and when.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScheduleForm } from './ScheduleForm.js';
import { renderApp } from '../../test/render.js';
import { queryKeys } from '../../api/keys.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { intro, meAs, profile, startupProfile, summaryOf } from '../../test/fixtures.js';

const provider = profile({
  id: 'p-prov',
  kind: 'provider',
  name: 'Không gian làm việc chung Lạng Sơn',
  headline: 'Hội trường và văn phòng chia sẻ',
  about: '',
  province: 'lang-son',
  sectors: [],
  languages: ['vi'],
  verified: true,
  createdAt: '2025-09-01T00:00:00.000Z',
  updatedAt: '2025-09-01T00:00:00.000Z',
  offerings: ['workspace'],
  resources: [
    {
      name: 'Hội trường tầng 2',
      kind: 'hall',
      capacity: 120,
      openingHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:30', closes: '17:00' }],
    },
  ],
  servesProvinces: [],
});
const booking = intro({
  toProfileId: 'p-prov',
  to: summaryOf(provider),
  status: 'accepted',
  awaiting: [],
  acceptedBy: ['p-prov'],
  conversationId: 'c-1',
});

beforeEach(() => {
  // Monday 7 December 2026, 20:05 in Vietnam.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T20:05:00+07:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

function renderBooking(routes: Parameters<typeof mockApi>[0] = {}) {
  const api = mockApi({ 'GET /api/profiles/p-prov': provider, ...routes });
  const { queryClient } = renderApp(<ScheduleForm intro={booking} myProfileId="p-startup" onDone={() => undefined} />, {
    me: meAs(startupProfile()),
  });
  return { ...api, queryClient };
}

describe('Scheduling', () => {
  it('proposes a meeting in office hours the next morning, not this evening', () => {
    mockApi({});
    renderApp(<ScheduleForm intro={intro({ status: 'accepted', awaiting: [] })} myProfileId="p-startup" onDone={() => undefined} />, {
      me: meAs(startupProfile()),
    });
    expect(screen.getByLabelText(/^Bắt đầu/)).toHaveValue('2026-12-08T08:00');
  });

  it('proposes the next opening of the chosen resource and shows its hours', async () => {
    renderBooking();
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText(/Nguồn lực đặt/), 'Hội trường tầng 2');
    expect(screen.getByLabelText(/^Bắt đầu/)).toHaveValue('2026-12-08T07:30');
    expect(screen.getByLabelText(/^Kết thúc/)).toHaveValue('2026-12-08T08:30');
    expect(screen.getByLabelText(/Nguồn lực đặt/)).toHaveAccessibleDescription('Giờ mở cửa: T2–T6 07:30–17:00');
  });

  it('marks a time outside the opening hours and sends nothing', async () => {
    const api = renderBooking();
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText(/Nguồn lực đặt/), 'Hội trường tầng 2');
    const start = screen.getByLabelText(/^Bắt đầu/);
    await user.clear(start);
    await user.type(start, '2026-12-12T09:00'); // a Saturday
    const end = screen.getByLabelText(/^Kết thúc/);
    await user.clear(end);
    await user.type(end, '2026-12-12T10:00');
    await user.click(screen.getByRole('button', { name: 'Đặt chỗ' }));
    expect(screen.getByLabelText(/^Bắt đầu/)).toHaveAccessibleDescription(
      /Hội trường tầng 2 chỉ nhận đặt chỗ trong giờ mở cửa: T2–T6 07:30–17:00\./,
    );
    expect(api.callsTo('POST', '/api/consultations')).toHaveLength(0);
  });

  it('says what a refused booking overlaps and when', async () => {
    const api = renderBooking({
      'POST /api/consultations': apiError(409, {
        code: 'conflict',
        message: 'already booked',
        details: {
          reason: 'resource_booked',
          resource: 'Hội trường tầng 2',
          busy: [{ startsAt: '2026-12-08T01:00:00.000Z', endsAt: '2026-12-08T05:00:00.000Z' }],
          overlapsWith: ['k-7'],
        },
      }),
    });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText(/Nguồn lực đặt/), 'Hội trường tầng 2');
    await user.click(screen.getByRole('button', { name: 'Đặt chỗ' }));
    await waitFor(() => expect(api.callsTo('POST', '/api/consultations')).toHaveLength(1));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Hội trường tầng 2 đã kín lịch từ 08:00 08/12/2026 đến 12:00 08/12/2026. Hãy chọn thời gian khác.',
    );
  });

  it('re-reads the consultations after a booking whose answer was lost: it may have been saved', async () => {
    const agenda = queryKeys.consultationList({ status: 'scheduled' });
    const api = renderBooking({
      'POST /api/consultations': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    api.queryClient.setQueryData(agenda, { items: [], nextCursor: null });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText(/Nguồn lực đặt/), 'Hội trường tầng 2');
    await user.click(screen.getByRole('button', { name: 'Đặt chỗ' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không kết nối được');
    // The list shown beside the form is fetched again, so a booking the server saved shows up there.
    expect(api.queryClient.getQueryState(agenda)?.isInvalidated).toBe(true);
  });
});
