import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Me, Meeting } from '@ketnoi/contract';
import MeetingsPage from './MeetingsPage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { expertProfile, meAs, startupProfile } from '../../test/fixtures.js';
import { atEventFixturesTime, calendarEvent, meeting, registration, suggestion, investorProfile } from '../../test/eventFixtures.js';
import { FakeSocket } from '../../test/fakeSocket.js';

atEventFixturesTime();

const startup = startupProfile();
const expert = expertProfile();
const investor = investorProfile();
const SLOT = { startsAt: '2026-03-28T06:30:00.000Z', endsAt: '2026-03-28T07:00:00.000Z', table: 2 };
const page = (meetings: Meeting[]) => ({ items: meetings, nextCursor: null });
const open = (me: Me, url = '/events/ev-1/meetings', socket?: FakeSocket) =>
  renderApp(<MeetingsPage />, { path: '/events/:id/meetings', url, me, ...(socket ? { socket } : {}) });

describe('Meetings page', () => {
  it('lets the invited expert accept a request, and shows the slot and table it got at once', async () => {
    let current = meeting();
    const api = mockApi({
      'GET /api/events/ev-1': calendarEvent({ myRegistration: registration(expert) }),
      'GET /api/events/ev-1/meetings': () => page([current]),
      'GET /api/events/ev-1/suggestions': { items: [] },
      'POST /api/events/ev-1/meetings/mt-1/accept': () => {
        current = meeting({ status: 'accepted', slot: SLOT });
        return current;
      },
    });
    open(meAs(expert));
    const incoming = await screen.findByRole('heading', { name: /Lời mời gửi bạn/ });
    const card = within(incoming.closest('section')!).getByTestId('meeting');
    expect(card).toHaveTextContent(startup.name);
    expect(card).toHaveTextContent('Xin 30 phút hỏi về nhãn hiệu');
    await userEvent.click(within(card).getByRole('button', { name: 'Nhận lời' }));
    expect(api.callsTo('POST', '/api/events/ev-1/meetings/mt-1/accept')).toHaveLength(1);

    const accepted = await screen.findByRole('heading', { name: /Cuộc gặp đã hẹn/ });
    const placed = within(accepted.closest('section')!).getByTestId('meeting');
    expect(placed).toHaveAttribute('data-status', 'accepted');
    expect(placed).toHaveTextContent('13:30–14:00 · Bàn 2');
    expect(screen.queryByRole('heading', { name: /Lời mời gửi bạn/ })).not.toBeInTheDocument();
  });

  it('asks a suggested person for a meeting with a message; the suggestion shows its reasons', async () => {
    let sent: Meeting[] = [];
    const api = mockApi({
      'GET /api/events/ev-1': calendarEvent({ myRegistration: registration(startup) }),
      'GET /api/events/ev-1/meetings': () => page(sent),
      'GET /api/events/ev-1/suggestions': { items: [suggestion(expert)] },
      'POST /api/events/ev-1/meetings': ({ body }) => {
        const request = meeting({ message: (body as { message: string }).message });
        sent = [request];
        return { status: 201, body: request };
      },
    });
    open(meAs(startup));
    const card = await screen.findByTestId('suggestion');
    expect(card).toHaveTextContent(expert.name);
    expect(card).toHaveTextContent('Họ giúp được điều bạn tìm: gọi vốn, đầu tư');
    // A reason that did not count is not shown as one.
    expect(card).not.toHaveTextContent('Hồ sơ chưa được xác minh');
    await userEvent.click(within(card).getByRole('button', { name: 'Mời gặp' }));
    await userEvent.type(within(card).getByLabelText(`Lời nhắn cho ${expert.name}`), 'Hỏi về đăng ký nhãn hiệu');
    await userEvent.click(within(card).getByRole('button', { name: 'Gửi lời mời' }));
    await waitFor(() => expect(api.callsTo('POST', '/api/events/ev-1/meetings')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/events/ev-1/meetings')[0]!.body).toEqual({
      withProfileId: expert.id,
      message: 'Hỏi về đăng ký nhãn hiệu',
    });
    const sentList = await screen.findByRole('heading', { name: /Bạn đã mời/ });
    expect(within(sentList.closest('section')!).getByTestId('meeting')).toHaveTextContent('Chờ trả lời');
  });

  it('says the request went, where the person is looking, once the asked suggestion leaves the list', async () => {
    let sent: Meeting[] = [];
    mockApi({
      'GET /api/events/ev-1': calendarEvent({ myRegistration: registration(startup) }),
      'GET /api/events/ev-1/meetings': () => page(sent),
      // Nobody is suggested twice: once asked, the expert is no longer a suggestion.
      'GET /api/events/ev-1/suggestions': () => ({ items: sent.length ? [] : [suggestion(expert)] }),
      'POST /api/events/ev-1/meetings': () => {
        sent = [meeting()];
        return { status: 201, body: sent[0]! };
      },
    });
    open(meAs(startup));
    const card = await screen.findByTestId('suggestion');
    await userEvent.click(within(card).getByRole('button', { name: 'Mời gặp' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Gửi lời mời' }));
    await waitFor(() => expect(screen.queryByTestId('suggestion')).not.toBeInTheDocument());
    const note = screen.getByRole('status');
    expect(note).toHaveTextContent(`Đã gửi lời mời tới ${expert.name}. Lời mời nằm ở mục “Bạn đã mời” phía trên`);
    expect(note).toHaveFocus();
    expect(note.closest('section')).toHaveAccessibleName('Gợi ý nên gặp');
  });

  it('puts the focus in the reason when the invited expert starts to decline', async () => {
    mockApi({
      'GET /api/events/ev-1': calendarEvent({ myRegistration: registration(expert) }),
      'GET /api/events/ev-1/meetings': page([meeting()]),
      'GET /api/events/ev-1/suggestions': { items: [] },
    });
    open(meAs(expert));
    const card = await screen.findByTestId('meeting');
    await userEvent.click(within(card).getByRole('button', { name: 'Từ chối' }));
    expect(within(card).getByRole('textbox')).toHaveFocus();
  });

  it('puts the focus in the invitation it opens, and back on "Mời gặp" when cancelled', async () => {
    mockApi({
      'GET /api/events/ev-1': calendarEvent({ myRegistration: registration(startup) }),
      'GET /api/events/ev-1/meetings': page([]),
      'GET /api/events/ev-1/suggestions': { items: [suggestion(expert)] },
    });
    open(meAs(startup));
    const card = await screen.findByTestId('suggestion');
    await userEvent.click(within(card).getByRole('button', { name: 'Mời gặp' }));
    expect(within(card).getByLabelText(`Lời nhắn cho ${expert.name}`)).toHaveFocus();
    await userEvent.click(within(card).getByRole('button', { name: 'Hủy' }));
    expect(within(card).getByRole('button', { name: 'Mời gặp' })).toHaveFocus();
  });

  it('opens the request form for a person chosen in the participant list (?with=)', async () => {
    mockApi({
      'GET /api/events/ev-1': calendarEvent({ myRegistration: registration(startup) }),
      'GET /api/events/ev-1/meetings': page([]),
      'GET /api/events/ev-1/suggestions': { items: [] },
      'GET /api/events/ev-1/registrations': {
        items: [registration(investor, { code: undefined, checkedInAt: undefined })],
        nextCursor: null,
      },
    });
    open(meAs(startup), `/events/ev-1/meetings?with=${investor.id}`);
    expect(await screen.findByRole('heading', { name: `Mời ${investor.name} gặp 1-1` })).toBeInTheDocument();
  });

  it('says in words why an accept was refused (the meeting limit)', async () => {
    mockApi({
      'GET /api/events/ev-1': calendarEvent({ myRegistration: registration(expert) }),
      'GET /api/events/ev-1/meetings': page([meeting()]),
      'GET /api/events/ev-1/suggestions': { items: [] },
      'POST /api/events/ev-1/meetings/mt-1/accept': apiError(409, {
        code: 'conflict',
        message: 'You already have 3 accepted meetings, the most this event allows.',
        details: { profileId: expert.id, maxPerParticipant: 3 },
      }),
    });
    open(meAs(expert));
    await userEvent.click(await screen.findByRole('button', { name: 'Nhận lời' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Một trong hai người đã có đủ 3 cuộc gặp, mức tối đa của sự kiện.');
  });

  it('shows a new request the moment it arrives (meeting:new), without reloading', async () => {
    const socket = new FakeSocket();
    mockApi({
      'GET /api/events/ev-1': calendarEvent({ myRegistration: registration(expert) }),
      'GET /api/events/ev-1/meetings': page([]),
      'GET /api/events/ev-1/suggestions': { items: [] },
    });
    open(meAs(expert), undefined, socket);
    await screen.findByText('Chưa có cuộc gặp nào được nhận lời.');
    expect(screen.queryByRole('button', { name: 'Nhận lời' })).not.toBeInTheDocument();
    await socket.push('meeting:new', { meeting: meeting() });
    expect(await screen.findByRole('button', { name: 'Nhận lời' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Lời mời gửi bạn/ })).toHaveTextContent('1');
  });

  it('tells someone not registered to register first', async () => {
    mockApi({ 'GET /api/events/ev-1': calendarEvent({ myRegistration: null }) });
    open(meAs(startup));
    expect(await screen.findByText('Đăng ký tham dự để gặp 1-1 tại sự kiện.')).toBeInTheDocument();
  });
});
