import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { JuryMemberOutput, type CallInput } from '@ketnoi/contract';
import CallConsolePage from './CallConsolePage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { meAs, parsed, startupProfile } from '../../test/fixtures.js';
import { call, calendarEvent, CRITERIA, entry, EVENT_ID, progress, template } from '../../test/calls.js';

const CALL = `/api/events/${EVENT_ID}/call`;
const organiser = { organiser: true, manager: true, judge: false };
const an = parsed(JuryMemberOutput, {
  userId: 'u-an',
  name: 'Giám khảo An',
  role: 'expert',
  province: 'lang-son',
  profileId: 'p-an',
  headline: 'Chuyên gia sở hữu trí tuệ',
});

const openConsole = () =>
  renderApp(<CallConsolePage />, { path: '/events/:id/call/manage', url: `/events/${EVENT_ID}/call/manage`, me: meAs(null, 'staff') });

describe('The organiser’s console', () => {
  it('opens a call from a rubric template, with a jury, and saves it', async () => {
    let saved: ReturnType<typeof call> | null = null;
    const api = mockApi({
      [`GET /api/events/${EVENT_ID}`]: calendarEvent(),
      // Read again after the save, over a network that takes a moment.
      [`GET ${CALL}`]: () =>
        saved
          ? new Promise((resolve) => setTimeout(() => resolve(saved), 30))
          : apiError(404, { code: 'not_found', message: 'Call not found' }),
      'GET /api/calls/templates': { items: [template()] },
      [`GET ${CALL}/judge-candidates`]: { items: [an] },
      [`PUT ${CALL}`]: ({ body }) => {
        const input = body as CallInput;
        saved = call({ ...input, opensAt: null, viewer: organiser, judges: input.judges, jury: [an] });
        return saved;
      },
    });
    const user = userEvent.setup();
    openConsole();
    expect(await screen.findByText(/Sự kiện này chưa có cuộc thi/)).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByLabelText(/^Mẫu thể lệ và tiêu chí/)).toHaveDisplayValue('Cuộc thi ý tưởng khởi nghiệp'));
    await user.click(screen.getByRole('button', { name: 'Bắt đầu từ mẫu này' }));

    // The template's four criteria, editable; the share of each weight shown.
    const criteria = screen.getByRole('region', { name: 'Tiêu chí chấm điểm' });
    expect(within(criteria).getAllByRole('listitem')).toHaveLength(4);
    expect(within(criteria).getByText('Chiếm 42,9 % tổng điểm')).toBeInTheDocument();
    const weight = within(criteria).getAllByLabelText('Trọng số')[3]!;
    await user.clear(weight);
    await user.type(weight, '2');

    const jury = screen.getByRole('region', { name: 'Ban giám khảo' });
    await user.click(await within(jury).findByRole('button', { name: 'Mời' }));
    expect(within(jury).getByRole('list', { name: 'Ban giám khảo' })).toHaveTextContent('Giám khảo An');
    await user.click(screen.getByRole('button', { name: 'Lưu cuộc thi' }));

    expect(await screen.findByText('Đã lưu. Giám khảo mới được báo qua thông báo.')).toBeInTheDocument();
    // The first save makes the call exist: its other tabs appear, and the form (with the saved note
    // next to the button the organiser pressed) stays in place instead of being drawn anew.
    expect(await screen.findByRole('tab', { name: 'Hồ sơ dự thi' })).toBeInTheDocument();
    expect(api.callsTo('GET', CALL).length).toBeGreaterThan(1);
    expect(screen.getByText('Đã lưu. Giám khảo mới được báo qua thông báo.')).toBeInTheDocument();
    const body = api.callsTo('PUT', CALL)[0]!.body as CallInput;
    expect(body).toMatchObject({
      closesAt: '2026-03-10T01:00:00.000Z',
      rules: 'Thể lệ mẫu.',
      judges: ['u-an'],
      normalizeJudges: true,
    });
    expect(body.criteria.map((c) => [c.code, c.weight, c.max])).toEqual([
      ['tinh_moi', 3, 10],
      ['thuong_mai', 2, 20],
      ['doi_ngu', 1, 5],
      ['tac_dong', 2, 10],
    ]);
    expect(body.questions.map((q) => q.code)).toEqual(['linh_vuc', 'khach_hang']);
  });

  it('keeps weights and maxima fixed once a judge has scored', async () => {
    mockApi({
      [`GET /api/events/${EVENT_ID}`]: calendarEvent(),
      [`GET ${CALL}`]: call({ viewer: organiser, locked: true, judges: [], jury: [] }),
      'GET /api/calls/templates': { items: [template()] },
      [`GET ${CALL}/judge-candidates`]: { items: [] },
    });
    openConsole();
    const criteria = await screen.findByRole('region', { name: 'Tiêu chí chấm điểm' });
    expect(within(criteria).getAllByLabelText('Trọng số')).toHaveLength(CRITERIA.length);
    for (const input of within(criteria).getAllByLabelText('Trọng số')) expect(input).toBeDisabled();
    for (const input of within(criteria).getAllByLabelText('Điểm tối đa')) expect(input).toBeDisabled();
    expect(within(criteria).queryByRole('button', { name: 'Thêm tiêu chí' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thay bằng mẫu này' })).toBeDisabled();
  });

  it('shows each judge’s progress, with a way to type in a paper score sheet', async () => {
    mockApi({
      [`GET /api/events/${EVENT_ID}`]: calendarEvent(),
      [`GET ${CALL}`]: call({ viewer: organiser, judges: [], jury: [] }),
      'GET /api/calls/templates': { items: [template()] },
      [`GET ${CALL}/judge-candidates`]: { items: [] },
      [`GET /api/events/${EVENT_ID}/judging`]: progress(),
    });
    const user = userEvent.setup();
    openConsole();
    await user.click(await screen.findByRole('tab', { name: 'Tiến độ chấm' }));
    const cards = await screen.findAllByTestId('judge-progress');
    expect(cards[0]).toHaveTextContent('Giám khảo An');
    expect(cards[0]).toHaveTextContent('Đã xong');
    expect(cards[1]).toHaveTextContent('Còn 1 bài');
    expect(cards[1]).toHaveTextContent('Đã chấm 3/4 · xin không chấm 0 · xung đột lợi ích 1');
    expect(cards[2]).toHaveTextContent('1 phiếu giấy do cán bộ nhập');
    expect(within(cards[1]!).getByRole('link', { name: 'Nhập phiếu chấm giấy' })).toHaveAttribute(
      'href',
      `/events/${EVENT_ID}/judging?judge=u-binh`,
    );
  });

  it('submits an entry for a founder of the province (assisted mode)', async () => {
    const api = mockApi({
      [`GET /api/events/${EVENT_ID}`]: calendarEvent(),
      [`GET ${CALL}`]: call({ viewer: organiser, judges: [], jury: [] }),
      'GET /api/calls/templates': { items: [template()] },
      [`GET ${CALL}/judge-candidates`]: { items: [] },
      [`GET /api/events/${EVENT_ID}/entries`]: { items: [], nextCursor: null },
      'GET /api/profiles': { items: [startupProfile({ id: 'p-ha', name: 'Hợp tác xã Hồi Văn Quan' })], nextCursor: null },
      'GET /api/needs': { items: [], nextCursor: null },
      [`POST /api/events/${EVENT_ID}/entries`]: ({ body }) => ({
        status: 201,
        body: entry({ ...(body as object), startupId: 'p-ha', assisted: true }),
      }),
    });
    const user = userEvent.setup();
    openConsole();
    await user.click(await screen.findByRole('tab', { name: 'Hồ sơ dự thi' }));
    expect(await screen.findByText('Chưa có hồ sơ dự thi nào.')).toBeInTheDocument();
    const assisted = screen.getByRole('region', { name: 'Nộp giúp một đội thi' });
    await user.selectOptions(await within(assisted).findByRole('listbox', { name: 'Đội thi (hồ sơ khởi nghiệp)' }), 'p-ha');
    const form = await within(assisted).findByRole('form', { name: 'Nộp hồ sơ giúp Hợp tác xã Hồi Văn Quan' });
    await user.type(within(form).getByLabelText(/^Tên ý tưởng/), 'Tinh dầu hồi');
    await user.type(within(form).getByLabelText(/^Tóm tắt/), 'Tinh dầu hồi chưng cất tại xã.');
    await user.click(within(form).getByRole('radio', { name: 'Nông nghiệp' }));
    await user.type(within(form).getByLabelText(/^Khách hàng là ai/), 'Công ty dược');
    await user.click(within(form).getByRole('button', { name: 'Nộp hồ sơ' }));

    expect(await within(form).findByText('Đã nộp hồ sơ giúp Hợp tác xã Hồi Văn Quan; đội đã được báo.')).toBeInTheDocument();
    expect(api.callsTo('POST', `/api/events/${EVENT_ID}/entries`)[0]!.body).toEqual({
      title: 'Tinh dầu hồi',
      summary: 'Tinh dầu hồi chưng cất tại xã.',
      answers: { linh_vuc: 'Nông nghiệp', khach_hang: 'Công ty dược' },
      needIds: [],
      startupId: 'p-ha',
    });
    expect(api.callsTo('GET', '/api/profiles')[0]!.query.get('province')).toBe('lang-son');
  });
});
