// Issue 14 items 20 and 22: a suggestion whose startup already asked me is answered on the card;
// one I am connected with offers the conversation, never a second "Xin giới thiệu".
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SuggestionsPage from './SuggestionsPage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { intro, match, meAs, profile, startupProfile, summaryOf } from '../../test/fixtures.js';
import type { IntroConnection } from '@ketnoi/contract';

const investor = profile({
  id: 'p-investor',
  kind: 'investor',
  name: 'CLB Đầu tư Lạng Sơn',
  headline: 'Nhà đầu tư thiên thần',
  about: '',
  province: 'lang-son',
  sectors: [],
  languages: ['vi'],
  verified: false,
  createdAt: '2025-09-01T00:00:00.000Z',
  updatedAt: '2025-09-01T00:00:00.000Z',
  investorType: 'angel',
  ticket: { min: 100_000_000, max: 1_000_000_000 },
  stages: ['prototype'],
  servesProvinces: [],
});
const iot = startupProfile({ id: 'p-iot', name: 'XứLạng IoT' });
const theirRequest = intro({
  id: 'i-9',
  fromProfileId: 'p-iot',
  toProfileId: 'p-investor',
  message: 'Nhóm giảng viên cần vốn mồi để sản xuất thử 100 bộ.',
  awaiting: ['p-investor'],
  from: summaryOf(iot),
  to: summaryOf(investor),
});
const reason = { criterion: 'sector' as const, weight: 1, score: 1, detail: 'Cùng lĩnh vực' };
const suggestion = (connection?: IntroConnection) =>
  match({ profile: summaryOf(iot), score: 0.9, reasons: [reason], ...(connection ? { connection } : {}) });

/** The investor opens the suggestions and asks for an intro to XứLạng IoT from its card. */
async function askForIntro() {
  const user = userEvent.setup();
  renderApp(<SuggestionsPage />, { me: meAs(investor) });
  const card = await screen.findByTestId('match');
  await user.click(within(card).getByRole('button', { name: 'Xin giới thiệu' }));
  await user.type(within(card).getByLabelText(/Lời nhắn gửi XứLạng IoT/), 'Chúng tôi quan tâm.');
  await user.click(within(card).getByRole('button', { name: 'Gửi lời đề nghị' }));
  return { user, card };
}

describe('Suggestions for an investor', () => {
  it('answers the startup’s waiting request on the card, then offers the conversation', async () => {
    let accepted = false;
    const api = mockApi({
      'GET /api/matches': () => ({
        items: [
          suggestion(
            accepted
              ? { introId: 'i-9', status: 'accepted', direction: 'incoming', awaitingYou: false, conversationId: 'c-9' }
              : { introId: 'i-9', status: 'pending', direction: 'incoming', awaitingYou: true },
          ),
        ],
      }),
      'GET /api/intros/i-9': theirRequest,
      'POST /api/intros/i-9/accept': () => {
        accepted = true;
        return intro({ ...theirRequest, status: 'accepted', awaiting: [], acceptedBy: ['p-investor'], conversationId: 'c-9' });
      },
    });
    const user = userEvent.setup();
    renderApp(<SuggestionsPage />, { me: meAs(investor) });
    const card = await screen.findByTestId('match');
    expect(await within(card).findByText('Nhóm giảng viên cần vốn mồi để sản xuất thử 100 bộ.')).toBeInTheDocument();
    expect(within(card).getByText('XứLạng IoT đã gửi lời đề nghị kết nối tới bạn. Hãy trả lời:')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Xin giới thiệu' })).toBeNull();

    await user.click(within(card).getByRole('button', { name: 'Đồng ý kết nối' }));
    expect(await within(card).findByRole('link', { name: 'Nhắn tin' })).toHaveAttribute('href', '/chat/c-9');
    expect(within(card).getByText('Bạn và XứLạng IoT đã kết nối.')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/intros/i-9/accept')).toHaveLength(1);
  });

  it('turns a request the server refuses (an intro exists) into that intro', async () => {
    mockApi({
      'GET /api/matches': { items: [suggestion()] },
      'POST /api/intros': apiError(409, {
        code: 'conflict',
        message: 'exists',
        details: { reason: 'intro_exists', status: 'pending', introId: 'i-9' },
      }),
      'GET /api/intros/i-9': theirRequest,
    });
    const { card } = await askForIntro();
    expect(await within(card).findByRole('button', { name: 'Đồng ý kết nối' })).toBeInTheDocument();
    expect(within(card).getByText('Nhóm giảng viên cần vốn mồi để sản xuất thử 100 bộ.')).toBeInTheDocument();
  });

  it('says my own request is waiting, or that staff must approve it, without offering another', async () => {
    mockApi({
      'GET /api/matches': {
        items: [
          suggestion({ introId: 'i-1', status: 'pending', direction: 'outgoing', awaitingYou: false }),
          match({
            profile: summaryOf(startupProfile({ id: 'p-2', name: 'Miến ngô Thuận Anh' })),
            score: 0.8,
            reasons: [reason],
            connection: { introId: 'i-2', status: 'pending_staff', direction: 'incoming', awaitingYou: false },
          }),
        ],
      },
    });
    renderApp(<SuggestionsPage />, { me: meAs(investor) });
    const [mine, staffs] = await screen.findAllByTestId('match');
    expect(within(mine!).getByText('Bạn đã gửi lời đề nghị tới XứLạng IoT, đang chờ trả lời.')).toBeInTheDocument();
    expect(within(staffs!).getByText('Đã có lời đề nghị giữa bạn và Miến ngô Thuận Anh, đang chờ cán bộ tỉnh duyệt.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xin giới thiệu' })).toBeNull();
    // My own request links to my sent ones; one to me still with staff is not mine to read yet.
    expect(within(mine!).getByRole('link', { name: 'Xem lời giới thiệu' })).toHaveAttribute('href', '/intros?box=outgoing');
    expect(within(staffs!).queryByRole('link', { name: 'Xem lời giới thiệu' })).toBeNull();
  });

  it('keeps “sent” in view after a request, then shows it waiting', async () => {
    let sent = false;
    mockApi({
      'GET /api/matches': () => ({
        items: [suggestion(sent ? { introId: 'i-new', status: 'pending', direction: 'outgoing', awaitingYou: false } : undefined)],
      }),
      'POST /api/intros': () => {
        sent = true;
        return { status: 201, body: intro({ id: 'i-new', fromProfileId: 'p-investor', toProfileId: 'p-iot', awaiting: ['p-iot'] }) };
      },
    });
    const { user, card } = await askForIntro();
    expect(await within(card).findByText(/Đã gửi lời đề nghị tới XứLạng IoT\./)).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Đóng' }));
    expect(await within(card).findByText('Bạn đã gửi lời đề nghị tới XứLạng IoT, đang chờ trả lời.')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Xin giới thiệu' })).toBeNull();
  });
});

describe('A long list of suggestions', () => {
  it('shows ten, then the next ones on request, and continues at the first new card', async () => {
    const startups = Array.from({ length: 12 }, (_, i) =>
      match({
        profile: summaryOf(startupProfile({ id: `p-s${i + 1}`, name: `Dự án số ${i + 1}` })),
        score: 0.9 - i * 0.01,
        reasons: [reason],
      }),
    );
    mockApi({ 'GET /api/matches': { items: startups }, 'GET /api/opportunities': { items: [], nextCursor: null } });
    renderApp(<SuggestionsPage />, { me: meAs(investor) });
    expect(await screen.findAllByTestId('match')).toHaveLength(10);
    expect(screen.queryByRole('link', { name: 'Dự án số 11' })).toBeNull();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Xem thêm 2 dự án (còn 2)' }));
    expect(screen.getAllByTestId('match')).toHaveLength(12);
    expect(screen.getByRole('link', { name: 'Dự án số 11' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: /^Xem thêm/ })).toBeNull();
  });
});

describe('Suggestions opened by a founder', () => {
  it('points to the needs instead of asking for startups and showing the refusal', async () => {
    const api = mockApi({
      'GET /api/matches': apiError(400, {
        code: 'validation_failed',
        message: 'A startup is matched with experts, investors or providers.',
      }),
      'GET /api/opportunities': { items: [], nextCursor: null },
    });
    renderApp(<SuggestionsPage />, { me: meAs(startupProfile()) });
    expect(await screen.findByRole('link', { name: 'Xem các nhu cầu của dự án' })).toHaveAttribute('href', '/needs');
    expect(screen.queryByText(/A startup is matched/)).toBeNull();
    expect(api.callsTo('GET', '/api/matches').filter((call) => call.query.get('kind') === 'startup')).toHaveLength(0);
  });
});
