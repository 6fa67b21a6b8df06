import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import VerifyPage from './VerifyPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { VerificationOutput, type VerificationInput } from '@ketnoi/contract';
import { expertProfile, meAs, parsed } from '../../test/fixtures.js';

afterEach(() => vi.unstubAllGlobals());

describe('Credential verification', () => {
  it('sends what was checked with the decision; the server refuses a verification without it', async () => {
    const api = mockApi({
      'GET /api/profiles': { items: [expertProfile({ verified: false, province: 'lang-son' })], nextCursor: null },
      'POST /api/staff/verifications': ({ body }) =>
        (body as { checked: string[] }).checked.length === 0
          ? {
              status: 400,
              body: { error: { code: 'validation_failed', message: 'Say what you checked before marking the profile verified.' } },
            }
          : {
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
            },
    });
    const user = userEvent.setup();
    renderApp(<VerifyPage />, { me: meAs(null, 'staff') });
    await screen.findByText('Nguyễn Thị Hà');

    await user.click(screen.getByRole('button', { name: 'Xác minh' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/staff/verifications')[0]!.body).toEqual({ profileId: 'p-expert', verified: true, checked: [] });

    await user.type(screen.getByLabelText('Ghi chú (số chứng chỉ…)'), 'Chứng chỉ hành nghề đại diện SHCN số 123');
    await user.click(screen.getByRole('button', { name: 'Xác minh' }));
    await vi.waitFor(() => expect(api.callsTo('POST', '/api/staff/verifications')).toHaveLength(2));
    expect(api.callsTo('POST', '/api/staff/verifications')[1]!.body).toEqual({
      profileId: 'p-expert',
      verified: true,
      checked: ['Chứng chỉ hành nghề đại diện SHCN số 123'],
    });
  });
});
