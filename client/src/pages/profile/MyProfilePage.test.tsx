import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MyProfilePage from './MyProfilePage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi, type ApiRequest } from '../../test/mockApi.js';
import { FieldIssue, type Profile } from '@ketnoi/contract';
import { meAs, profile, startupProfile } from '../../test/fixtures.js';

/** The server saving a new profile: what was sent, as profile `id`. */
const savesProfileAs = (id: string) => ({
  'PUT /api/profiles/me': (req: ApiRequest) =>
    profile({
      ...(req.body as Profile),
      id,
      verified: false,
      createdAt: '2025-10-01T00:00:00.000Z',
      updatedAt: '2025-10-01T00:00:00.000Z',
    }),
});

/** A new provider offers a workspace and lists its first resource, "Hội trường tầng 2", a hall. */
async function describeHall(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/Giới thiệu ngắn/), 'Không gian làm việc chung');
  await user.click(screen.getByRole('button', { name: /Không gian làm việc chung, địa điểm/ }));
  await user.click(screen.getByRole('button', { name: '+ Thêm nguồn lực' }));
  await user.type(screen.getByLabelText(/Tên nguồn lực 1/), 'Hội trường tầng 2');
  await user.selectOptions(screen.getByLabelText(/^Loại/), 'Hội trường');
}

describe('Own profile (onboarding)', () => {
  it('an investor must give a valid ticket range; the saved body has numbers in VND', async () => {
    const api = mockApi(savesProfileAs('p-inv'));
    const user = userEvent.setup();
    renderApp(<MyProfilePage />, { me: meAs(null, 'investor') });
    expect(screen.getByRole('heading', { name: 'Tạo hồ sơ' })).toBeInTheDocument();
    // Name and province come from the account.
    expect(screen.getByLabelText(/Tên hiển thị/)).toHaveValue('Người dùng');

    await user.type(screen.getByLabelText(/Giới thiệu ngắn/), 'Quỹ đầu tư nông nghiệp');
    await user.selectOptions(screen.getByLabelText(/Loại nhà đầu tư/), 'fund');
    await user.type(screen.getByLabelText(/^Tối thiểu/), '500000000');
    await user.type(screen.getByLabelText(/^Tối đa/), '100000000');
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    expect(screen.getByLabelText(/^Tối đa/)).toHaveAccessibleDescription(/Mức tối đa phải lớn hơn hoặc bằng mức tối thiểu\./);
    expect(screen.getByText('Chọn ít nhất một mục.')).toBeInTheDocument(); // stages
    expect(api.calls).toHaveLength(0);

    await user.clear(screen.getByLabelText(/^Tối đa/));
    await user.type(screen.getByLabelText(/^Tối đa/), '2000000000');
    expect(screen.getByLabelText(/^Tối đa/)).toHaveAccessibleDescription(/2\.000\.000\.000/);
    await user.click(screen.getByRole('button', { name: 'Sản phẩm mẫu' }));
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    await screen.findByText(/Đã lưu hồ sơ\./);
    expect(api.callsTo('PUT', '/api/profiles/me')[0]!.body).toEqual({
      kind: 'investor',
      name: 'Người dùng',
      headline: 'Quỹ đầu tư nông nghiệp',
      about: '',
      province: 'lang-son',
      sectors: [],
      languages: ['vi'],
      contact: {},
      // Files travel with every save (a PUT replaces the profile): none yet.
      documents: [],
      investorType: 'fund',
      ticket: { min: 500_000_000, max: 2_000_000_000 },
      stages: ['prototype'],
      servesProvinces: [],
    });
  });

  it('asks before leaving with edits not saved, and not once they are', async () => {
    const own = startupProfile();
    mockApi(savesProfileAs(own.id));
    const user = userEvent.setup();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    try {
      renderApp(<MyProfilePage />, {
        me: meAs(own),
        routes: [{ path: '/p/:id', element: <p>public page</p> }],
      });
      await user.type(screen.getByLabelText(/Giới thiệu ngắn/), ' – mật ong rừng');
      await user.click(screen.getByRole('link', { name: 'Xem như người khác thấy' }));
      expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/thay đổi chưa lưu/));
      expect(screen.getByLabelText(/Giới thiệu ngắn/)).toHaveValue(`${own.headline} – mật ong rừng`); // stayed

      await user.click(screen.getByRole('button', { name: 'Lưu' }));
      await screen.findByText(/Đã lưu hồ sơ\./);
      confirm.mockClear();
      await user.click(screen.getByRole('link', { name: 'Xem như người khác thấy' }));
      expect(await screen.findByText('public page')).toBeInTheDocument();
      expect(confirm).not.toHaveBeenCalled();
    } finally {
      confirm.mockRestore();
    }
  });

  it('a refused save takes the focus to the first field to fix, and required choice groups are marked', async () => {
    const api = mockApi(savesProfileAs('p-inv'));
    const user = userEvent.setup();
    renderApp(<MyProfilePage />, { me: meAs(null, 'investor') });
    // "Choose at least one" groups carry the same mark as required fields.
    expect(screen.getByRole('group', { name: 'Giai đoạn quan tâm *' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Ngôn ngữ làm việc *' })).toBeInTheDocument();

    await user.type(screen.getByLabelText(/Giới thiệu ngắn/), 'Đầu tư thiên thần cho nông sản miền Tây');
    await user.selectOptions(screen.getByLabelText(/Loại nhà đầu tư/), 'angel');
    await user.type(screen.getByLabelText(/^Tối thiểu/), '200000000');
    await user.type(screen.getByLabelText(/^Tối đa/), '2000000000');
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    expect(screen.getByText('Còn 1 ô cần sửa.')).toBeInTheDocument();
    // The only field left is the stages, far above the button: the focus is on its first choice.
    const stages = screen.getByRole('group', { name: 'Giai đoạn quan tâm *' });
    expect(within(stages).getByText('Chọn ít nhất một mục.')).toBeInTheDocument();
    await waitFor(() => expect(within(stages).getByRole('button', { name: 'Ý tưởng' })).toHaveFocus());
    expect(api.calls).toHaveLength(0);
  });

  it('an expert’s documents are certificates, not a pitch deck, and its picture a portrait; a startup’s are not', () => {
    mockApi({});
    const { unmount } = renderApp(<MyProfilePage />, { me: meAs(null, 'expert') });
    expect(screen.getByRole('heading', { name: 'Tài liệu (giới thiệu, chứng chỉ)' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Tệp đính kèm' })).toHaveTextContent(/chứng chỉ hành nghề/);
    expect(screen.queryByText(/gọi vốn/)).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Ảnh đại diện hoặc logo/ })).toHaveTextContent('Tải ảnh lên');
    unmount();
    renderApp(<MyProfilePage />, { me: meAs(null, 'startup') });
    expect(screen.getByRole('heading', { name: 'Tài liệu (hồ sơ gọi vốn, giới thiệu)' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^Logo/ })).toHaveTextContent('Tải logo lên');
  });

  it('a provider lists resources; server field errors land on the right resource', async () => {
    const api = mockApi({
      'PUT /api/profiles/me': apiError(400, {
        code: 'validation_failed',
        message: 'bad',
        details: [FieldIssue.parse({ path: 'resources.0.capacity', message: 'Sức chứa quá lớn', code: 'too_big' })],
      }),
    });
    const user = userEvent.setup();
    renderApp(<MyProfilePage />, { me: meAs(null, 'provider') });
    await describeHall(user);
    await user.type(screen.getByLabelText(/Sức chứa/), '999999');
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    await waitFor(() => expect(screen.getByLabelText(/Sức chứa/)).toHaveAccessibleDescription('Sức chứa quá lớn'));
    expect(api.callsTo('PUT', '/api/profiles/me')[0]!.body).toMatchObject({
      kind: 'provider',
      offerings: ['workspace'],
      resources: [{ name: 'Hội trường tầng 2', kind: 'hall', capacity: 999999 }],
    });
  });

  it('reads money as people type it, “50tr” is 50 million, and refuses what it cannot read (issue 14 item 22)', async () => {
    const api = mockApi(savesProfileAs('p-inv'));
    const user = userEvent.setup();
    renderApp(<MyProfilePage />, { me: meAs(null, 'investor') });
    await user.type(screen.getByLabelText(/Giới thiệu ngắn/), 'Quỹ đầu tư nông nghiệp');
    await user.selectOptions(screen.getByLabelText(/Loại nhà đầu tư/), 'fund');
    await user.click(screen.getByRole('button', { name: 'Sản phẩm mẫu' }));
    await user.type(screen.getByLabelText(/^Tối thiểu/), '50tr');
    expect(screen.getByLabelText(/^Tối thiểu/)).toHaveAccessibleDescription(/^= 50\.000\.000\s₫$/);
    await user.type(screen.getByLabelText(/^Tối đa/), 'năm tỷ');
    expect(screen.getByLabelText(/^Tối đa/)).toHaveAccessibleDescription(/Không đọc được số tiền này/);
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    expect(api.calls).toHaveLength(0);
    await user.clear(screen.getByLabelText(/^Tối đa/));
    await user.type(screen.getByLabelText(/^Tối đa/), '1,5 tỷ');
    expect(screen.getByLabelText(/^Tối đa/)).toHaveAccessibleDescription(/^= 1\.500\.000\.000\s₫$/);
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    await screen.findByText(/Đã lưu hồ sơ\./);
    expect(api.callsTo('PUT', '/api/profiles/me')[0]!.body).toMatchObject({ ticket: { min: 50_000_000, max: 1_500_000_000 } });
  });

  it('a provider gives a resource opening hours, checked before saving (issue 14 item 22)', async () => {
    const api = mockApi(savesProfileAs('p-prov'));
    const user = userEvent.setup();
    renderApp(<MyProfilePage />, { me: meAs(null, 'provider') });
    await describeHall(user);
    await user.click(screen.getByRole('button', { name: '+ Thêm khung giờ' }));
    const hours = screen.getByRole('group', { name: 'Khung giờ 1' });
    expect(
      within(hours)
        .getAllByRole('button', { pressed: true })
        .map((b) => b.textContent),
    ).toEqual(['T2', 'T3', 'T4', 'T5', 'T6']);
    await user.click(within(hours).getByRole('button', { name: 'T7' }));
    const closes = screen.getByLabelText('Đóng cửa');
    await user.clear(closes);
    await user.type(closes, '07:00');
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    expect(screen.getByLabelText('Đóng cửa')).toHaveAccessibleDescription('Giờ đóng cửa phải sau giờ mở cửa.');
    expect(api.calls).toHaveLength(0);
    await user.clear(screen.getByLabelText('Đóng cửa'));
    await user.type(screen.getByLabelText('Đóng cửa'), '17:00');
    await user.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    await screen.findByText(/Đã lưu hồ sơ\./);
    expect(api.callsTo('PUT', '/api/profiles/me')[0]!.body).toMatchObject({
      resources: [
        {
          name: 'Hội trường tầng 2',
          kind: 'hall',
          openingHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], opens: '07:30', closes: '17:00' }],
        },
      ],
    });
  });
});
