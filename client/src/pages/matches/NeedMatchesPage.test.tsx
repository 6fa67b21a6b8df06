import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import NeedMatchesPage from './NeedMatchesPage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { expertProfile, intro, match, meAs, need as needOf, startupProfile } from '../../test/fixtures.js';

const need = needOf({ id: 'n-7' });

const matches = [
  match({
    profile: { id: 'p-ha', kind: 'expert', name: 'Nguyễn Thị Hà', headline: 'Đại diện sở hữu công nghiệp', province: 'ha-noi' },
    score: 0.86,
    reasons: [
      { criterion: 'coverage', weight: 0.4, score: 1, detail: 'Chuyên môn: đăng ký nhãn hiệu — đúng nhu cầu.' },
      { criterion: 'geography', weight: 0.15, score: 0.6, detail: 'Hỗ trợ từ xa cho Lạng Sơn.' },
      { criterion: 'capacity', weight: 0.1, score: 0.67, detail: 'Còn 2/3 chỗ trống.' },
    ],
  }),
  match({
    profile: { id: 'p-minh', kind: 'expert', name: 'Trần Minh', headline: 'Luật sư doanh nghiệp', province: 'lang-son' },
    score: 0.41,
    reasons: [{ criterion: 'sector', weight: 0.2, score: 0.5, detail: 'Cùng ngành nông sản.' }],
  }),
];

/** The page for need n-7, its founder signed in; `routes` replace the default answers. */
function setup(routes: Parameters<typeof mockApi>[0] = {}) {
  const api = mockApi({
    'GET /api/needs/n-7': need,
    'GET /api/matches': (req) => ({ items: req.query.get('kind') === 'expert' ? matches : [] }),
    'POST /api/intros': (req) => ({ status: 201, body: intro({ id: 'i-new', ...(req.body as object) }) }),
    ...routes,
  });
  renderApp(<NeedMatchesPage />, { path: '/needs/:id', url: '/needs/n-7', me: meAs(startupProfile()) });
  return api;
}

describe('Matches for my need', () => {
  it('lists candidates by rank with their score and every reason', async () => {
    const api = setup();
    const cards = await screen.findAllByTestId('match');
    expect(cards).toHaveLength(2);
    const [first, second] = cards as [HTMLElement, HTMLElement];

    expect(within(first).getByRole('link', { name: 'Nguyễn Thị Hà' })).toHaveAttribute('href', '/profiles/p-ha');
    expect(within(first).getByLabelText('Hạng 1')).toBeInTheDocument();
    expect(within(first).getByRole('meter', { name: 'Mức phù hợp với Nguyễn Thị Hà' })).toHaveAttribute('aria-valuenow', '86');
    const reasons = within(first).getAllByRole('listitem');
    // Weights read as each criterion's share of this match's total weight (0.4 / 0.65 → 62%).
    expect(reasons.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Đáp ứng đúng nhu cầutrọng số 62%'),
      expect.stringContaining('Địa bàntrọng số 23%'),
      expect.stringContaining('Còn thời gian nhận việctrọng số 15%'),
    ]);
    expect(within(first).getByText('Chuyên môn: đăng ký nhãn hiệu — đúng nhu cầu.')).toBeVisible();
    expect(within(first).getByRole('meter', { name: 'Điểm tiêu chí Địa bàn' })).toHaveAttribute('aria-valuenow', '60');

    // Every criterion the contract names has its label.
    expect(within(second).getByText('Cùng lĩnh vực')).toBeInTheDocument();

    // The need's category decides the first tab (trademark → experts), and the request carries the need.
    const query = api.callsTo('GET', '/api/matches')[0]!.query;
    expect(Object.fromEntries(query)).toMatchObject({ for: 'p-startup', needId: 'n-7', kind: 'expert' });
  });

  it('shows weights on one scale whatever scale the server uses', async () => {
    // The matcher sends points (5, 3, 1.5, 0.5); mixing "5" with "50%" on one card misled readers.
    const pointWeights = match({
      profile: { id: 'p-thanh', kind: 'expert', name: 'Hoàng Thị Thanh', headline: 'Hỗ trợ sở hữu trí tuệ', province: 'lang-son' },
      score: 0.85,
      reasons: [
        { criterion: 'coverage', weight: 5, score: 1, detail: 'Chuyên môn: đăng ký nhãn hiệu (đúng nhu cầu)' },
        { criterion: 'geography', weight: 3, score: 1, detail: 'Cùng tỉnh Lạng Sơn' },
        { criterion: 'language', weight: 0.5, score: 1, detail: 'Cùng nói tiếng Việt' },
        { criterion: 'verified', weight: 1.5, score: 1, detail: 'Hồ sơ đã được xác minh' },
      ],
    });
    setup({ 'GET /api/matches': { items: [pointWeights] } });
    const [card] = await screen.findAllByTestId('match');
    expect(
      within(card!)
        .getAllByText(/^trọng số/)
        .map((w) => w.textContent),
    ).toEqual(['trọng số 50%', 'trọng số 30%', 'trọng số 5%', 'trọng số 15%']);
  });

  it('opens the first card’s reasons; the others say their strongest two in a line and open on request', async () => {
    const second = match({
      profile: { id: 'p-lan', kind: 'expert', name: 'Lê Lan', headline: 'Tư vấn bao bì', province: 'lang-son' },
      score: 0.5,
      reasons: [
        { criterion: 'coverage', weight: 0.4, score: 0.25, detail: 'Chuyên môn gần với nhu cầu.' },
        { criterion: 'geography', weight: 0.15, score: 1, detail: 'Cùng tỉnh Lạng Sơn.' },
        { criterion: 'language', weight: 0.05, score: 1, detail: 'Cùng nói tiếng Việt.' },
        { criterion: 'verified', weight: 0.1, score: 0, detail: 'Chưa xác minh.' },
      ],
    });
    setup({ 'GET /api/matches': { items: [matches[0], second] } });
    const [first, other] = (await screen.findAllByTestId('match')) as [HTMLElement, HTMLElement];
    expect(within(first).getByRole('button', { name: 'Ẩn lý do' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(first).getByText('Chuyên môn: đăng ký nhãn hiệu — đúng nhu cầu.')).toBeVisible();

    // Weight × score: geography 0.15, coverage 0.10, language 0.05; nothing it scored 0 on.
    expect(within(other).getByText('Cùng tỉnh Lạng Sơn. · Chuyên môn gần với nhu cầu.')).toBeVisible();
    const why = within(other).getByRole('button', { name: 'Vì sao phù hợp (4 lý do)' });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    expect(within(other).getByText('Chưa xác minh.')).not.toBeVisible();

    await userEvent.setup().click(why);
    expect(within(other).getByText('Chưa xác minh.')).toBeVisible();
    expect(within(other).queryByText('Cùng tỉnh Lạng Sơn. · Chuyên môn gần với nhu cầu.')).toBeNull();
    expect(within(other).getByRole('button', { name: 'Ẩn lý do' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('switches helper kind and shows an empty state when nobody fits', async () => {
    setup();
    await screen.findAllByTestId('match');
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Đơn vị hỗ trợ' }));
    expect(await screen.findByText('Chưa tìm được người phù hợp.')).toBeInTheDocument();
  });

  it('requests an introduction about this need with a message', async () => {
    const api = setup();
    const user = userEvent.setup();
    const [first] = await screen.findAllByTestId('match');
    await user.click(within(first!).getByRole('button', { name: 'Xin giới thiệu' }));
    await user.type(within(first!).getByLabelText(/Lời nhắn gửi Nguyễn Thị Hà/), 'Nhờ chị tư vấn đăng ký nhãn hiệu.');
    await user.click(within(first!).getByRole('button', { name: 'Gửi lời đề nghị' }));
    expect(await within(first!).findByText(/Đã gửi lời đề nghị tới Nguyễn Thị Hà/)).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/intros')[0]!.body).toEqual({
      toProfileId: 'p-ha',
      needId: 'n-7',
      message: 'Nhờ chị tư vấn đăng ký nhãn hiệu.',
    });
  });

  it('keeps the focus where the founder is writing: message, empty message, sent notice, closed form', async () => {
    setup();
    const user = userEvent.setup();
    const [first] = await screen.findAllByTestId('match');
    await user.click(within(first!).getByRole('button', { name: 'Xin giới thiệu' }));
    const message = within(first!).getByLabelText(/Lời nhắn gửi Nguyễn Thị Hà/);
    expect(message).toHaveFocus();

    await user.click(within(first!).getByRole('button', { name: 'Gửi lời đề nghị' }));
    expect(within(first!).getByText('Vui lòng điền ô này.')).toBeInTheDocument();
    expect(message).toHaveFocus();

    await user.type(message, 'Nhờ chị tư vấn.');
    await user.click(within(first!).getByRole('button', { name: 'Gửi lời đề nghị' }));
    expect(await within(first!).findByRole('status')).toHaveFocus();
  });

  it('gives the focus back to "Xin giới thiệu" when the request form is cancelled', async () => {
    setup();
    const user = userEvent.setup();
    const [first] = await screen.findAllByTestId('match');
    await user.click(within(first!).getByRole('button', { name: 'Xin giới thiệu' }));
    await user.click(within(first!).getByRole('button', { name: 'Hủy' }));
    expect(within(first!).getByRole('button', { name: 'Xin giới thiệu' })).toHaveFocus();
  });

  it('explains a 409 (duplicate or five pending requests)', async () => {
    setup({ 'POST /api/intros': apiError(409, { code: 'conflict', message: 'limit' }) });
    const user = userEvent.setup();
    const [first] = await screen.findAllByTestId('match');
    await user.click(within(first!).getByRole('button', { name: 'Xin giới thiệu' }));
    await user.type(within(first!).getByRole('textbox'), 'Xin chào');
    await user.click(within(first!).getByRole('button', { name: 'Gửi lời đề nghị' }));
    expect(await within(first!).findByRole('alert')).toHaveTextContent('5 lời đề nghị đang chờ');
  });

  it('asks an expert reading the need to answer the startup, by the startup’s name', async () => {
    mockApi({
      'GET /api/needs/n-7': need,
      'GET /api/profiles/p-startup': startupProfile(),
      'GET /api/intros': { items: [intro({ id: 'i-waiting' })], nextCursor: null },
      'GET /api/intros/i-waiting': intro({ id: 'i-waiting' }),
    });
    renderApp(<NeedMatchesPage />, { path: '/needs/:id', url: '/needs/n-7', me: meAs(expertProfile()) });
    const request = await screen.findByRole('group', { name: 'Lời đề nghị từ Mật ong chanh rừng Chi Lăng' });
    expect(within(request).getByText('Mật ong chanh rừng Chi Lăng đã gửi lời đề nghị kết nối tới bạn. Hãy trả lời:')).toBeInTheDocument();
    expect(within(request).getByRole('button', { name: 'Đồng ý kết nối' })).toBeInTheDocument();
  });
});
