import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import IntrosPage from './IntrosPage.js';
import { renderApp } from '../../test/render.js';
import { mockApi } from '../../test/mockApi.js';
import { requestsToShow } from '../../test/requests.js';
import { FakeSocket } from '../../test/fakeSocket.js';
import { expertProfile, intro, meAs, startupProfile, summaryOf } from '../../test/fixtures.js';

function setup(existing = [] as ReturnType<typeof intro>[]) {
  const api = mockApi({
    'POST /api/intros/i-1/decline': intro({ status: 'declined', awaiting: [], declineReason: 'Hiện đã kín lịch' }),
    'GET /api/intros': (req) => ({ items: req.query.get('box') === 'incoming' ? existing : [], nextCursor: null }),
    'POST /api/intros/i-1/accept': intro({ status: 'accepted', acceptedBy: ['p-expert'], awaiting: [], conversationId: 'c-1' }),
  });
  const socket = new FakeSocket();
  renderApp(<IntrosPage />, { path: '/intros', me: meAs(expertProfile()), socket });
  return { api, socket };
}

describe('Intro inbox', () => {
  it('shows an intro the moment the server pushes intro:new, without reloading', async () => {
    const { api, socket } = setup();
    expect(await screen.findByText('Chưa có lời giới thiệu nào gửi đến bạn.')).toBeInTheDocument();
    await waitFor(() => expect(socket.listenerCount('intro:new')).toBe(1));
    const listCalls = api.callsTo('GET', '/api/intros').length;

    await socket.push('intro:new', { intro: intro() });

    const card = await screen.findByTestId('intro');
    expect(within(card).getByText('Chúng tôi cần đăng ký nhãn hiệu cho mật ong.')).toBeInTheDocument();
    expect(within(card).getByText('Chờ trả lời')).toBeInTheDocument();
    expect(await within(card).findByRole('link', { name: 'Mật ong chanh rừng Chi Lăng' })).toHaveAttribute('href', '/profiles/p-startup');
    expect(within(card).getByRole('button', { name: 'Đồng ý kết nối' })).toBeEnabled();
    // The list was updated from the event itself, not by fetching it again.
    expect(api.callsTo('GET', '/api/intros')).toHaveLength(listCalls);

    // The same event again does not duplicate the card.
    await socket.push('intro:new', { intro: intro() });
    expect(screen.getAllByTestId('intro')).toHaveLength(1);

    // A status change from the other side (withdrawn) updates the card in place.
    await socket.push('intro:updated', { intro: intro({ status: 'withdrawn', awaiting: [] }) });
    expect(within(card).getByText('Đã rút lại')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Đồng ý kết nối' })).toBeNull();
  });

  it('accepts an intro and then offers the chat', async () => {
    const { api } = setup([intro()]);
    const user = userEvent.setup();
    const card = await screen.findByTestId('intro');
    await user.click(within(card).getByRole('button', { name: 'Đồng ý kết nối' }));
    expect(await within(card).findByRole('link', { name: 'Nhắn tin' })).toHaveAttribute('href', '/chat/c-1');
    expect(within(card).getByText('Đã đồng ý')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/intros/i-1/accept')).toHaveLength(1);
  });

  it('moves the focus to the chat once accepted, not back to the top of the page', async () => {
    setup([intro()]);
    const user = userEvent.setup();
    const card = await screen.findByTestId('intro');
    await user.click(within(card).getByRole('button', { name: 'Đồng ý kết nối' }));
    const chat = await within(card).findByRole('link', { name: 'Nhắn tin' });
    await waitFor(() => expect(chat).toHaveFocus());
  });

  it('declines with a reason', async () => {
    const { api } = setup([intro()]);
    const user = userEvent.setup();
    const card = await screen.findByTestId('intro');
    await user.click(within(card).getByRole('button', { name: 'Từ chối' }));
    await user.type(within(card).getByLabelText('Lý do (không bắt buộc)'), 'Hiện đã kín lịch');
    await user.click(within(card).getByRole('button', { name: 'Xác nhận từ chối' }));
    expect(await within(card).findByText('Đã từ chối')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/intros/i-1/decline')[0]!.body).toEqual({ reason: 'Hiện đã kín lịch' });
  });

  it('offers an answer only where the server awaits mine, whatever the intro’s direction', async () => {
    // Addressed to me, but the server no longer waits for my answer (e.g. another step moved it on).
    setup([intro({ awaiting: [] })]);
    const card = await screen.findByTestId('intro');
    expect(within(card).getByText('Chờ trả lời')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Đồng ý kết nối' })).toBeNull();
    expect(within(card).queryByRole('button', { name: 'Từ chối' })).toBeNull();
  });

  it('names both sides of a brokered intro from the intro itself', async () => {
    const { api } = setup([intro({ brokeredBy: 'u-staff', awaiting: ['p-startup', 'p-expert'] })]);
    const card = await screen.findByTestId('intro');
    expect(within(card).getByRole('link', { name: 'Mật ong chanh rừng Chi Lăng' })).toHaveAttribute('href', '/profiles/p-startup');
    expect(within(card).getByRole('link', { name: 'Nguyễn Thị Hà' })).toHaveAttribute('href', '/profiles/p-expert');
    expect(api.calls.filter((c) => c.path.startsWith('/api/profiles'))).toEqual([]);
  });
});

describe('A declined request', () => {
  it('shows the requester the reason the other side gave (issue 14 item 22)', async () => {
    mockApi({
      'GET /api/intros': (req) => ({
        items:
          req.query.get('box') === 'outgoing'
            ? [intro({ status: 'declined', awaiting: [], declineReason: 'Đang kín lịch đến cuối quý.' })]
            : [],
        nextCursor: null,
      }),
    });
    renderApp(<IntrosPage />, { path: '/intros', url: '/intros?box=outgoing', me: meAs(startupProfile()) });
    const card = await screen.findByTestId('intro');
    expect(within(card).getByText('Đã từ chối')).toBeInTheDocument();
    expect(within(card).getByText('Lý do từ chối:').parentElement).toHaveTextContent('Lý do từ chối: Đang kín lịch đến cuối quý.');
  });
});

describe('An empty intro box', () => {
  it('leads to the other box, to people to ask, and back to every status', async () => {
    const api = mockApi({
      'GET /api/intros': (req) => ({
        items: req.query.get('box') === 'outgoing' && !req.query.get('status') ? [intro({ awaiting: ['p-expert'] })] : [],
        nextCursor: null,
      }),
    });
    const user = userEvent.setup();
    renderApp(<IntrosPage />, { path: '/intros', me: meAs(startupProfile()) });
    await screen.findByText('Chưa có lời giới thiệu nào gửi đến bạn.');
    await user.click(screen.getByRole('button', { name: 'Xem lời giới thiệu bạn đã gửi' }));
    expect(await screen.findByTestId('intro-list-outgoing')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Tôi đã gửi' })).toHaveAttribute('aria-selected', 'true');

    await user.selectOptions(screen.getByLabelText('Trạng thái'), 'declined');
    await user.click(await screen.findByRole('button', { name: 'Xem mọi trạng thái' }));
    expect(await screen.findByTestId('intro')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/intros').map((c) => c.query.get('status'))).toContain('declined');
  });

  it('with nothing sent, leads where introductions begin: a founder’s needs, an expert’s suggestions', async () => {
    mockApi({ 'GET /api/intros': { items: [], nextCursor: null } });
    const { unmount } = renderApp(<IntrosPage />, { path: '/intros', url: '/intros?box=outgoing', me: meAs(startupProfile()) });
    await screen.findByText('Bạn chưa gửi lời giới thiệu nào.');
    expect(screen.getByRole('link', { name: 'Nêu một nhu cầu, xem ai giúp được' })).toHaveAttribute('href', '/needs');
    unmount();
    renderApp(<IntrosPage />, { path: '/intros', me: meAs(expertProfile()) });
    await screen.findByText('Chưa có lời giới thiệu nào gửi đến bạn.');
    expect(screen.getByRole('link', { name: 'Xem startup bạn có thể giúp' })).toHaveAttribute('href', '/suggestions');
  });
});

describe('Intro inbox requests', () => {
  /** `n` incoming intros, each from a different startup. */
  function intros(n: number) {
    return Array.from({ length: n }, (_, i) => {
      const from = startupProfile({ id: `p-startup-${i}`, name: `Khởi nghiệp số ${i + 1}` });
      return intro({ id: `i-${i}`, fromProfileId: from.id, from: summaryOf(from), to: summaryOf(expertProfile()) });
    });
  }

  function requestsFor(n: number) {
    const items = intros(n);
    return requestsToShow(
      { 'GET /api/intros': (req) => ({ items: req.query.get('box') === 'incoming' ? items : [], nextCursor: null }) },
      () => renderApp(<IntrosPage />, { path: '/intros', me: meAs(expertProfile()) }),
      async () => {
        expect(await screen.findAllByTestId('intro')).toHaveLength(n);
        for (const i of items) expect(screen.getByRole('link', { name: i.from!.name })).toBeInTheDocument();
      },
    );
  }

  it('makes the same requests for one intro as for eight: no request per card', async () => {
    const one = await requestsFor(1);
    const eight = await requestsFor(8);
    expect(one).toEqual(['GET /api/intros']);
    expect(eight).toEqual(one);
  });
});
