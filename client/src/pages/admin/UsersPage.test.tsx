// Issue 14 item 22: administrators had no user list with search, suspend and password reset, and
// the audit log showed raw codes.
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminUserOutput, AuditEntryOutput, UserEnvelope, type AdminCreateUserInput, type AdminUser } from '@ketnoi/contract';
import UsersPage from './UsersPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { meAs, parsed } from '../../test/fixtures.js';

const tuan = parsed(AdminUserOutput, {
  id: 'u-tuan',
  email: 'tuan@langson.gov.vn',
  role: 'staff',
  name: 'Hoàng Minh Tuấn',
  province: 'lang-son',
  createdAt: '2025-09-01T00:00:00.000Z',
  lastLoginAt: '2025-10-01T02:00:00.000Z',
  suspended: false,
  suspendedAt: null,
  suspendReason: null,
  profile: null,
});
const audit = [
  parsed(AuditEntryOutput, {
    id: 'a1',
    at: '2025-10-01T02:00:00.000Z',
    actorId: 'u-tuan',
    actorRole: 'staff',
    actorName: 'Hoàng Minh Tuấn',
    action: 'intro.status_changed',
    targetType: 'intro',
    targetId: 'i-1',
    province: 'lang-son',
    details: { from: 'pending', to: 'accepted', via: 'accept' },
  }),
  parsed(AuditEntryOutput, {
    id: 'a2',
    at: '2025-10-01T03:00:00.000Z',
    actorId: 'u-admin',
    actorRole: 'admin',
    actorName: 'Quản trị',
    action: 'policy.changed',
    targetType: 'province',
    targetId: 'lang-son',
    province: 'lang-son',
    details: { changes: {} },
  }),
  parsed(AuditEntryOutput, {
    id: 'a3',
    at: '2025-10-02T03:00:00.000Z',
    actorId: 'u-tuan',
    actorRole: 'staff',
    actorName: 'Hoàng Minh Tuấn',
    action: 'event.status_changed',
    targetType: 'event',
    targetId: 'e-1',
    province: 'lang-son',
    details: { from: 'draft', to: 'published', title: 'Ngày hội khởi nghiệp Lạng Sơn' },
  }),
  parsed(AuditEntryOutput, {
    id: 'a4',
    at: '2025-10-03T03:00:00.000Z',
    actorId: 'u-tuan',
    actorRole: 'staff',
    actorName: 'Hoàng Minh Tuấn',
    action: 'event.registration_cancelled',
    targetType: 'event',
    targetId: 'e-1',
    province: 'lang-son',
    details: { registrationId: 'r-1', profileId: 'p-1', from: 'waitlisted' },
  }),
];

function setup(extra: Parameters<typeof mockApi>[0] = {}) {
  let current: AdminUser = tuan;
  const api = mockApi({
    'GET /api/admin/users': (req) => ({ items: req.query.get('q') === 'zzz' ? [] : [current], nextCursor: null }),
    'POST /api/admin/users/u-tuan/suspend': (req) => {
      current = {
        ...tuan,
        suspended: true,
        suspendedAt: '2025-10-02T00:00:00.000Z',
        suspendReason: (req.body as { reason?: string }).reason ?? null,
      };
      return current;
    },
    'POST /api/admin/users/u-tuan/unsuspend': () => (current = tuan),
    'POST /api/admin/users/u-tuan/password-reset': { status: 202, body: { queued: true, email: 'tuan@langson.gov.vn' } },
    'GET /api/admin/audit': { items: audit, nextCursor: null },
    ...extra,
  });
  renderApp(<UsersPage />, { me: meAs(null, 'admin') });
  return api;
}

describe('Admin accounts page', () => {
  it('searches accounts by words and filters by role, province and status', async () => {
    const api = setup();
    const user = userEvent.setup();
    const row = await screen.findByTestId('user');
    expect(row).toHaveTextContent('Hoàng Minh Tuấn');
    expect(row).toHaveTextContent('Cán bộ tỉnh · Lạng Sơn');
    await user.type(screen.getByLabelText('Tìm theo tên hoặc email'), 'tuan');
    await user.click(screen.getByRole('button', { name: 'Tìm' }));
    await user.selectOptions(screen.getByLabelText('Vai trò'), 'staff');
    await user.selectOptions(screen.getByLabelText('Trạng thái'), 'suspended');
    await vi.waitFor(() => {
      const last = api.callsTo('GET', '/api/admin/users').at(-1)!.query;
      expect([last.get('q'), last.get('role'), last.get('suspended')]).toEqual(['tuan', 'staff', 'true']);
    });
  });

  it('suspends with a reason, lifts it, and sends a reset link by mail', async () => {
    const api = setup();
    const user = userEvent.setup();
    const row = await screen.findByTestId('user');
    await user.click(within(row).getByRole('button', { name: 'Tạm khoá' }));
    await user.type(within(row).getByLabelText('Lý do (lưu trong nhật ký hệ thống)'), 'Tài khoản bị lộ mật khẩu');
    await user.click(within(row).getByRole('button', { name: 'Xác nhận tạm khoá' }));
    expect(await within(await screen.findByTestId('user')).findByText('Đang tạm khoá')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/admin/users/u-tuan/suspend')[0]!.body).toEqual({ reason: 'Tài khoản bị lộ mật khẩu' });
    expect(screen.getByTestId('user')).toHaveTextContent('Tài khoản bị lộ mật khẩu');

    await user.click(within(screen.getByTestId('user')).getByRole('button', { name: 'Mở khoá' }));
    expect(await within(screen.getByTestId('user')).findByText('Đang hoạt động')).toBeInTheDocument();

    await user.click(within(screen.getByTestId('user')).getByRole('button', { name: 'Gửi liên kết đặt lại mật khẩu' }));
    expect(await screen.findByRole('status', { name: '' })).toHaveTextContent('Đã gửi liên kết đặt lại mật khẩu tới tuan@langson.gov.vn.');
    expect(api.callsTo('POST', '/api/admin/users/u-tuan/password-reset')).toHaveLength(1);
  });

  it('creates a province’s first staff account from the top of the page, the role named as someone else’s', async () => {
    const api = setup({
      'POST /api/admin/users': (req) => {
        const { email, name, role } = req.body as AdminCreateUserInput;
        // The province the form sent is asserted below; the answer names it as the server would.
        const user = {
          id: 'u-mai',
          email,
          name,
          role,
          province: 'ca-mau' as const,
          language: 'vi' as const,
          createdAt: '2026-12-07T08:00:00.000Z',
        };
        return { status: 201, body: parsed(UserEnvelope, { user }) };
      },
    });
    const user = userEvent.setup();
    const create = screen.getByText('Tạo tài khoản (mọi vai trò)');
    // Before the directory, which on a phone is many screens long.
    expect(create.compareDocumentPosition(await screen.findByTestId('user')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(create);
    const form = create.closest('details')!;
    expect(within(form).queryByLabelText(/Bạn là/)).not.toBeInTheDocument();
    expect(within(form).getByLabelText(/Vai trò của tài khoản mới/)).toHaveValue('staff');
    await user.type(within(form).getByLabelText(/Họ và tên/), 'Trần Thị Mai');
    await user.type(within(form).getByLabelText(/Email/), 'mai@camau.gov.vn');
    await user.type(within(form).getByLabelText(/Mật khẩu/), 'canbo-camau-2026');
    await user.selectOptions(within(form).getByLabelText(/Tỉnh, thành phố/), 'ca-mau');
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(await within(form).findByText('Trần Thị Mai · mai@camau.gov.vn · Cán bộ tỉnh')).toBeInTheDocument();
    expect(within(form).getByText(/gửi họ liên kết đặt lại mật khẩu/)).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/admin/users')[0]!.body).toMatchObject({
      role: 'staff',
      province: 'ca-mau',
      email: 'mai@camau.gov.vn',
    });
  });

  it('shows the audit log in words, never codes', async () => {
    setup();
    const rows = await screen.findAllByTestId('audit-entry');
    expect(rows[0]).toHaveTextContent('Đổi trạng thái lời giới thiệu');
    expect(rows[0]).toHaveTextContent('Chờ trả lời → Đã đồng ý');
    expect(rows[1]).toHaveTextContent('Đổi chính sách tỉnh');
    expect(rows[1]).toHaveTextContent('Tỉnh Lạng Sơn');
    expect(rows[2]).toHaveTextContent('Đổi trạng thái sự kiện');
    expect(rows[2]).toHaveTextContent('Bản nháp → Đang mở');
    expect(within(rows[2]!).getByRole('link', { name: 'Sự kiện' })).toHaveAttribute('href', '/events/e-1');
    expect(rows[3]).toHaveTextContent('Hủy đăng ký của người tham dự');
    expect(rows[3]).toHaveTextContent('Danh sách chờ → Đã hủy');
    for (const row of rows)
      expect(row.textContent).not.toMatch(
        /status_changed|policy\.changed|pending|lang-son|intro i-1|draft|published|waitlisted|cancelled|status\./,
      );
  });
});
