import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictOutput, type Conflict } from '@ketnoi/contract';
import ProfilePage from './ProfilePage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { expertProfile, intro, meAs, parsed, startupProfile, summaryOf } from '../../test/fixtures.js';

describe('Profile page', () => {
  it('hides contact details when the API does not return them', async () => {
    mockApi({ 'GET /api/profiles/p-expert': expertProfile(), 'GET /api/intros': { items: [], nextCursor: null } });
    renderApp(<ProfilePage />, { path: '/profiles/:id', url: '/profiles/p-expert', me: meAs(startupProfile()) });
    expect(await screen.findByRole('heading', { level: 1, name: /Nguyễn Thị Hà/ })).toBeInTheDocument();
    expect(screen.getByText('Đã xác minh')).toBeInTheDocument();
    expect(screen.getByText('Thông tin liên hệ sẽ hiện sau khi hai bên đồng ý kết nối.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Xin giới thiệu' })).toBeInTheDocument();
  });

  it('shows contact details once the API includes them', async () => {
    mockApi({ 'GET /api/profiles/p-expert': expertProfile({ contact: { phone: '0912 345 678', email: 'ha@example.vn' } }) });
    renderApp(<ProfilePage />, { path: '/profiles/:id', url: '/profiles/p-expert', me: meAs(startupProfile()) });
    expect(await screen.findByRole('link', { name: '0912 345 678' })).toHaveAttribute('href', 'tel:0912 345 678');
    expect(screen.getByRole('link', { name: 'ha@example.vn' })).toHaveAttribute('href', 'mailto:ha@example.vn');
  });

  it('offers the conversation, not a new request, to someone already connected (issue 14 item 22)', async () => {
    const api = mockApi({
      'GET /api/profiles/p-expert': expertProfile(),
      'GET /api/intros': {
        items: [intro({ status: 'accepted', awaiting: [], acceptedBy: ['p-expert'], conversationId: 'c-1' })],
        nextCursor: null,
      },
    });
    renderApp(<ProfilePage />, { path: '/profiles/:id', url: '/profiles/p-expert', me: meAs(startupProfile()) });
    expect(await screen.findByRole('link', { name: 'Nhắn tin' })).toHaveAttribute('href', '/chat/c-1');
    expect(screen.queryByRole('button', { name: 'Xin giới thiệu' })).toBeNull();
    expect(api.callsTo('GET', '/api/intros')[0]!.query.get('with')).toBe('p-expert');
  });

  it('lets an expert declare, then withdraw, its own conflict of interest with the startup it reads', async () => {
    const expert = expertProfile();
    const startup = startupProfile();
    let declared: Conflict[] = [];
    const api = mockApi({
      'GET /api/profiles/p-startup': startup,
      'GET /api/intros': { items: [], nextCursor: null },
      'GET /api/me/conflicts': () => ({ items: declared, nextCursor: null }),
      'POST /api/me/conflicts': ({ body }) => {
        const { reason } = body as { reason: string };
        const conflict = parsed(ConflictOutput, {
          id: 'cf-1',
          profileId: expert.id,
          otherProfileId: startup.id,
          reason,
          declaredBy: 'u-expert',
          byParty: true,
          createdAt: '2026-12-07T02:00:00.000Z',
          profile: { ...summaryOf(expert), verified: true },
          otherProfile: { ...summaryOf(startup), verified: false },
        });
        declared = [conflict];
        return { status: 201, body: conflict };
      },
      'DELETE /api/me/conflicts/cf-1': () => {
        declared = [];
        return { status: 204 };
      },
    });
    renderApp(<ProfilePage />, { path: '/profiles/:id', url: '/profiles/p-startup', me: meAs(expert) });
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Xung đột lợi ích' });
    await user.click(within(section).getByRole('button', { name: 'Khai báo xung đột lợi ích' }));
    await user.type(within(section).getByLabelText(/Lý do/), 'Em gái tôi là nhà sáng lập');
    await user.click(within(section).getByRole('button', { name: 'Khai báo' }));
    expect(await within(section).findByText('Em gái tôi là nhà sáng lập')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/me/conflicts')[0]!.body).toEqual({
      otherProfileId: 'p-startup',
      reason: 'Em gái tôi là nhà sáng lập',
    });

    await user.click(within(section).getByRole('button', { name: 'Rút lại khai báo' }));
    expect(await within(section).findByRole('button', { name: 'Khai báo xung đột lợi ích' })).toBeInTheDocument();
    expect(api.callsTo('DELETE', '/api/me/conflicts/cf-1')).toHaveLength(1);
  });

  it('offers no self-declaration to a startup (it asks its province staff)', async () => {
    mockApi({ 'GET /api/profiles/p-expert': expertProfile(), 'GET /api/intros': { items: [], nextCursor: null } });
    renderApp(<ProfilePage />, { path: '/profiles/:id', url: '/profiles/p-expert', me: meAs(startupProfile()) });
    expect(await screen.findByRole('button', { name: 'Xin giới thiệu' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Xung đột lợi ích' })).toBeNull();
  });

  it('shows staff the conflicts that name the profile, and declares one with a chosen profile', async () => {
    const startup = startupProfile();
    const expert = expertProfile();
    const declaration = (id: string, reason: string, byParty: boolean) =>
      parsed(ConflictOutput, {
        id,
        profileId: expert.id,
        otherProfileId: startup.id,
        reason,
        declaredBy: byParty ? 'u-expert' : 'u-staff-pt',
        byParty,
        createdAt: '2026-12-07T02:00:00.000Z',
        profile: { ...summaryOf(expert), verified: true },
        otherProfile: { ...summaryOf(startup), verified: false },
      });
    const api = mockApi({
      'GET /api/profiles/p-startup': startup,
      'GET /api/intros': { items: [], nextCursor: null },
      'GET /api/staff/conflicts': {
        items: [declaration('cf-own', 'Người nhà', true), declaration('cf-pt', 'Đồng sở hữu', false)],
        nextCursor: null,
      },
      'DELETE /api/staff/conflicts/cf-pt': apiError(403, { code: 'forbidden', message: 'Only staff of the province that declared it.' }),
      'GET /api/profiles': { items: [expertProfile({ id: 'p-luat', name: 'Luật sư Bình' })], nextCursor: null },
      'POST /api/staff/conflicts': { status: 201, body: declaration('cf-new', 'Đã góp vốn', false) },
    });
    renderApp(<ProfilePage />, { path: '/profiles/:id', url: '/profiles/p-startup', me: meAs(null, 'staff') });
    const [own, byOffice] = (await screen.findAllByText('Nguyễn Thị Hà')).map((name) => name.closest('li')!);
    expect(api.callsTo('GET', '/api/staff/conflicts')[0]!.query.get('profileId')).toBe('p-startup');
    // The expert's own word: said so, and not staff's to lift.
    expect(own).toHaveTextContent('Nguyễn Thị Hà — Người nhà (tự khai báo, chỉ người khai báo hoặc quản trị viên rút lại được)');
    expect(within(own!).queryByRole('button')).toBeNull();
    const user = userEvent.setup();
    await user.click(within(byOffice!).getByRole('button', { name: 'Rút lại khai báo' }));
    expect(await screen.findByText('Bạn không có quyền thực hiện việc này.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Khai báo xung đột lợi ích' }));
    await user.selectOptions(await screen.findByRole('listbox', { name: 'Xung đột với' }), 'p-luat');
    await user.type(screen.getByLabelText(/Lý do/), 'Đã góp vốn');
    await user.click(screen.getByRole('button', { name: 'Khai báo' }));
    await screen.findByRole('button', { name: 'Khai báo xung đột lợi ích' });
    expect(api.callsTo('POST', '/api/staff/conflicts')[0]!.body).toEqual({
      profileId: 'p-startup',
      otherProfileId: 'p-luat',
      reason: 'Đã góp vốn',
    });
  });
});
