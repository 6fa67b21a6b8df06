import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Entry } from '@ketnoi/contract';
import CallPage from './CallPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { meAs, need, startupProfile } from '../../test/fixtures.js';
import { call, entry, EVENT_ID } from '../../test/calls.js';

const CALL = `/api/events/${EVENT_ID}/call`;
const ENTRIES = `/api/events/${EVENT_ID}/entries`;
const viewer = { organiser: false, manager: false, judge: false };

function openAsFounder(mine: { current: Entry | null }) {
  const api = mockApi({
    [`GET ${CALL}`]: () => call({ viewer, myEntry: mine.current }),
    'GET /api/needs': { items: [need({ id: 'n-1' }), need({ id: 'n-2', title: 'Đã xong', status: 'resolved' })], nextCursor: null },
    [`POST ${ENTRIES}`]: ({ body }) => {
      mine.current = entry({ ...(body as Partial<Entry>), id: 'en-new' });
      return { status: 201, body: mine.current };
    },
    [`PATCH ${ENTRIES}/en-1`]: ({ body }) => {
      mine.current = entry({ ...(body as Partial<Entry>), updatedAt: '2026-02-21T02:00:00.000Z' });
      return mine.current;
    },
    [`POST ${ENTRIES}/en-1/withdraw`]: () => {
      mine.current = entry({ status: 'withdrawn', withdrawnAt: '2026-02-22T02:00:00.000Z' });
      return mine.current;
    },
  });
  renderApp(<CallPage />, { path: '/events/:id/call', url: `/events/${EVENT_ID}/call`, me: meAs(startupProfile()) });
  return api;
}

describe('The call page for a founder', () => {
  it('checks the answers with the call’s rules before sending, then submits the entry', async () => {
    const api = openAsFounder({ current: null });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Nộp hồ sơ dự thi' });
    expect(screen.getByRole('heading', { name: 'Tiêu chí chấm điểm' })).toBeInTheDocument();
    // Only open needs can be named.
    expect(await within(form).findByRole('checkbox', { name: /Đăng ký nhãn hiệu mật ong/ })).toBeInTheDocument();
    expect(within(form).queryByRole('checkbox', { name: /Đã xong/ })).not.toBeInTheDocument();

    await user.type(within(form).getByLabelText(/^Tên ý tưởng/), 'Mật ong chanh rừng');
    await user.type(within(form).getByLabelText(/^Tóm tắt/), 'Mật ong có mã QR cho từng lọ.');
    await user.click(within(form).getByRole('button', { name: 'Nộp hồ sơ' }));
    // Two required answers missing: said next to each, nothing sent.
    expect(await within(form).findAllByText('Vui lòng trả lời câu này.')).toHaveLength(2);
    expect(api.callsTo('POST', ENTRIES)).toHaveLength(0);

    await user.click(within(form).getByRole('radio', { name: 'Nông nghiệp' }));
    await user.type(within(form).getByLabelText(/^Khách hàng là ai/), 'Siêu thị ở Hà Nội');
    await user.type(within(form).getByLabelText(/^Doanh thu năm qua/), '120,5');
    await user.click(within(form).getByRole('checkbox', { name: /Đăng ký nhãn hiệu mật ong/ }));
    await user.click(within(form).getByRole('button', { name: 'Nộp hồ sơ' }));

    expect(await screen.findByText('Đã nộp hồ sơ dự thi. Ban tổ chức đã nhận được.')).toBeInTheDocument();
    expect(api.callsTo('POST', ENTRIES).map((c) => c.body)).toEqual([
      {
        title: 'Mật ong chanh rừng',
        summary: 'Mật ong có mã QR cho từng lọ.',
        answers: { linh_vuc: 'Nông nghiệp', khach_hang: 'Siêu thị ở Hà Nội', doanh_thu: 120.5 },
        needIds: ['n-1'],
      },
    ]);
  });

  it('edits the entry until the deadline and withdraws it only after a confirmation', async () => {
    const api = openAsFounder({ current: entry() });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Hồ sơ dự thi của bạn' });
    const title = within(form).getByLabelText(/^Tên ý tưởng/);
    expect(title).toHaveValue('Mật ong chanh rừng truy xuất nguồn gốc');

    await user.clear(title);
    await user.type(title, 'Mật ong chanh rừng Chi Lăng');
    await user.click(within(form).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByText('Đã lưu thay đổi.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', `${ENTRIES}/en-1`)[0]!.body).toMatchObject({
      title: 'Mật ong chanh rừng Chi Lăng',
      answers: { linh_vuc: 'Nông nghiệp', khach_hang: 'Siêu thị ở Hà Nội' },
    });

    await user.click(within(form).getByRole('button', { name: 'Rút hồ sơ' }));
    expect(api.callsTo('POST', `${ENTRIES}/en-1/withdraw`)).toHaveLength(0);
    const confirm = within(form).getByRole('group', { name: 'Rút hồ sơ' });
    await user.click(within(confirm).getByRole('button', { name: 'Rút hồ sơ' }));
    // Withdrawn: the form offers a fresh entry again (submitting revives it).
    expect(await screen.findByRole('form', { name: 'Nộp hồ sơ dự thi' })).toBeInTheDocument();
    expect(api.callsTo('POST', `${ENTRIES}/en-1/withdraw`)).toHaveLength(1);
  });

  it('shows the entry read-only once the deadline has passed', async () => {
    mockApi({ [`GET ${CALL}`]: call({ viewer, open: false, myEntry: entry() }), 'GET /api/needs': { items: [], nextCursor: null } });
    renderApp(<CallPage />, { path: '/events/:id/call', url: `/events/${EVENT_ID}/call`, me: meAs(startupProfile()) });
    expect(await screen.findByText('Đã hết hạn nộp, hồ sơ không sửa được nữa.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu thay đổi' })).not.toBeInTheDocument();
  });

  it('asks a visitor to sign in to enter', async () => {
    mockApi({ [`GET ${CALL}`]: call() });
    renderApp(<CallPage />, { path: '/events/:id/call', url: `/events/${EVENT_ID}/call`, me: null });
    expect(await screen.findByRole('link', { name: 'Đăng nhập để nộp hồ sơ' })).toHaveAttribute(
      'href',
      `/signin?next=${encodeURIComponent(`/events/${EVENT_ID}/call`)}`,
    );
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});
