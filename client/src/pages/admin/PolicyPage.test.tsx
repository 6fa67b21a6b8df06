import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PolicyPage from './PolicyPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { PolicyOutput } from '@ketnoi/contract';
import { meAs, parsed } from '../../test/fixtures.js';

const policy = parsed(PolicyOutput, {
  province: 'lang-son',
  sharing: 'all',
  staffApprovalKinds: ['investor'],
  staleNeedDays: 14,
  updatedAt: null,
  updatedBy: null,
});

describe('Province policy', () => {
  it('loads a province’s policy and saves the approval kinds and sharing the server expects', async () => {
    const api = mockApi({
      'GET /api/staff/policy': policy,
      'PUT /api/staff/policy': ({ body }) =>
        parsed(PolicyOutput, { ...policy, ...(body as object), updatedAt: '2026-03-01T00:00:00.000Z', updatedBy: 'u-admin' }),
    });
    const user = userEvent.setup();
    renderApp(<PolicyPage />, { me: meAs(null, 'admin') });
    expect(screen.getByText(/Chọn tỉnh để xem và sửa\./)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox'), 'lang-son');
    expect(await screen.findByRole('checkbox', { name: 'Nhà đầu tư' })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'Dự án khởi nghiệp' })).toBeNull(); // startups are never a gated target
    expect(Object.fromEntries(api.callsTo('GET', '/api/staff/policy')[0]!.query)).toEqual({ province: 'lang-son' });

    await user.click(screen.getByRole('checkbox', { name: 'Chuyên gia' }));
    await user.click(screen.getByRole('checkbox', { name: 'Nhà đầu tư' }));
    await user.click(screen.getByRole('radio', { name: /Trong vùng/ }));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu chính sách.')).toBeInTheDocument();
    const put = api.callsTo('PUT', '/api/staff/policy')[0]!;
    expect(Object.fromEntries(put.query)).toEqual({ province: 'lang-son' });
    expect(put.body).toEqual({ staffApprovalKinds: ['expert'], sharing: 'region' });
  });
});
