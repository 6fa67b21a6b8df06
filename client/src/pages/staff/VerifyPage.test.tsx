import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import VerifyPage from './VerifyPage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { VerificationOutput, type VerificationInput } from '@ketnoi/contract';
import { expertProfile, meAs, parsed } from '../../test/fixtures.js';

const NOTE = 'Ghi chú (số chứng chỉ…)';
const MARKED = 'Ghi rõ đã kiểm tra gì (ví dụ số chứng chỉ hành nghề) trước khi xác minh.';

describe('Credential verification', () => {
  it('sends what was checked with the decision, and marks the note when there is none (issue 14 item 22)', async () => {
    const api = mockApi({
      'GET /api/profiles': { items: [expertProfile({ verified: false, province: 'lang-son' })], nextCursor: null },
      'POST /api/staff/verifications': ({ body }) => ({
        status: 201,
        body: parsed(VerificationOutput, {
          id: 'v1',
          ...(body as Required<Omit<VerificationInput, 'note'>>),
          profileName: 'Nguyễn Thị Hà',
          kind: 'expert',
          province: 'lang-son',
          note: null,
          by: 'u-staff',
          byName: 'Cán bộ',
          at: '2025-10-01T00:00:00.000Z',
        }),
      }),
    });
    const user = userEvent.setup();
    renderApp(<VerifyPage />, { me: meAs(null, 'staff') });
    await screen.findByText('Nguyễn Thị Hà');

    await user.click(screen.getByRole('button', { name: 'Xác minh' }));
    expect(screen.getByLabelText(NOTE)).toHaveAccessibleDescription(MARKED);
    expect(screen.getByLabelText(NOTE)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Vui lòng kiểm tra lại các ô được đánh dấu.')).toBeNull();
    expect(api.callsTo('POST', '/api/staff/verifications')).toHaveLength(0);

    await user.type(screen.getByLabelText(NOTE), 'Chứng chỉ hành nghề đại diện SHCN số 123');
    expect(screen.getByLabelText(NOTE)).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Xác minh' }));
    await vi.waitFor(() => expect(api.callsTo('POST', '/api/staff/verifications')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/staff/verifications')[0]!.body).toEqual({
      profileId: 'p-expert',
      verified: true,
      checked: ['Chứng chỉ hành nghề đại diện SHCN số 123'],
    });
  });

  it('marks the note when the server names it', async () => {
    mockApi({
      'GET /api/profiles': { items: [expertProfile({ verified: false, province: 'lang-son' })], nextCursor: null },
      'POST /api/staff/verifications': apiError(400, {
        code: 'validation_failed',
        message: 'Say what you checked before marking the profile verified.',
        details: [{ path: 'checked', message: 'at least one item to verify' }],
      }),
    });
    const user = userEvent.setup();
    renderApp(<VerifyPage />, { me: meAs(null, 'staff') });
    await screen.findByText('Nguyễn Thị Hà');
    await user.type(screen.getByLabelText(NOTE), ' . ');
    await user.click(screen.getByRole('button', { name: 'Xác minh' }));
    await vi.waitFor(() => expect(screen.getByLabelText(NOTE)).toHaveAccessibleDescription(MARKED));
  });
});
