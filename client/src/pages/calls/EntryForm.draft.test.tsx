import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Entry, Me } from '@ketnoi/contract';
import { EntryForm } from './EntryForm.js';
import { renderApp } from '../../test/render.js';
import { fillThenLoseTab, RESTORED } from '../../test/drafts.js';
import { mockApi } from '../../test/mockApi.js';
import { meAs, need, startupProfile } from '../../test/fixtures.js';
import { call, entry, EVENT_ID } from '../../test/calls.js';

const ENTRIES = `/api/events/${EVENT_ID}/entries`;
const founder = meAs(startupProfile());

function routes() {
  return mockApi({
    'GET /api/needs': { items: [need({ id: 'n-1' })], nextCursor: null },
    [`POST ${ENTRIES}`]: ({ body }) => ({ status: 201, body: entry({ ...(body as Partial<Entry>), id: 'en-new' }) }),
  });
}

function showForm(me: Me = founder, assistedFor?: string) {
  return renderApp(<EntryForm call={call()} entry={null} startupId="p-startup" assistedFor={assistedFor} />, { me });
}

function startEntryThenLoseTab(me: Me = founder, assistedFor?: string) {
  return fillThenLoseTab(
    () => showForm(me, assistedFor),
    async (user) => {
      await user.type(screen.getByLabelText(/^Tên ý tưởng/), 'Mật ong chanh rừng');
      await user.click(screen.getByRole('radio', { name: 'Nông nghiệp' }));
      await user.type(screen.getByLabelText(/^Khách hàng là ai/), 'Siêu thị ở Hà Nội');
      await user.click(await screen.findByRole('checkbox', { name: /Đăng ký nhãn hiệu mật ong/ }));
    },
  );
}

/** Nothing of an earlier draft in the form: no note, an empty title. */
function expectNothingRestored() {
  expect(screen.queryByText(RESTORED)).toBeNull();
  expect(screen.getByLabelText(/^Tên ý tưởng/)).toHaveValue('');
}

describe('Competition entry draft', () => {
  it('brings back the title, answers and named needs after the tab was lost, with a note', async () => {
    routes();
    await startEntryThenLoseTab();
    showForm();
    expect(screen.getByRole('status')).toHaveTextContent(RESTORED);
    expect(screen.getByLabelText(/^Tên ý tưởng/)).toHaveValue('Mật ong chanh rừng');
    expect(screen.getByRole('radio', { name: 'Nông nghiệp' })).toBeChecked();
    expect(screen.getByLabelText(/^Khách hàng là ai/)).toHaveValue('Siêu thị ở Hà Nội');
    expect(await screen.findByRole('checkbox', { name: /Đăng ký nhãn hiệu mật ong/ })).toBeChecked();
  });

  it('is forgotten once the entry is sent', async () => {
    const api = routes();
    const user = await startEntryThenLoseTab();
    const second = showForm();
    await user.type(screen.getByLabelText(/^Tóm tắt/), 'Mật ong có mã QR cho từng lọ.');
    await user.type(screen.getByLabelText(/^Doanh thu năm qua/), '120');
    await user.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    await screen.findByText('Đã nộp hồ sơ dự thi. Ban tổ chức đã nhận được.');
    expect(api.callsTo('POST', ENTRIES)[0]!.body).toMatchObject({ title: 'Mật ong chanh rừng', needIds: ['n-1'] });
    second.unmount();
    showForm();
    expectNothingRestored();
  });

  it('is discarded on request', async () => {
    routes();
    const user = await startEntryThenLoseTab();
    const second = showForm();
    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Bỏ nội dung này' }));
    expect(screen.getByLabelText(/^Tên ý tưởng/)).toHaveValue('');
    expect(screen.getByRole('radio', { name: 'Nông nghiệp' })).not.toBeChecked();
    second.unmount();
    showForm();
    expectNothingRestored();
  });

  it('is not restored for another account on the same tab', async () => {
    routes();
    await startEntryThenLoseTab();
    showForm({ ...founder, user: { ...founder.user, id: 'u-another-founder' } });
    expectNothingRestored();
  });

  it('keeps nothing of an entry staff type for a founder at the desk', async () => {
    routes();
    const staff = meAs(null, 'staff');
    await startEntryThenLoseTab(staff, 'Mật ong Chi Lăng');
    expect(sessionStorage.length).toBe(0);
    showForm(staff, 'Mật ong Chi Lăng');
    expect(screen.getByLabelText(/^Tên ý tưởng/)).toHaveValue('');
  });
});
