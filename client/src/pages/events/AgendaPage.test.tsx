import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import AgendaPage from './AgendaPage.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { expertProfile, meAs, startupProfile } from '../../test/fixtures.js';
import { atEventFixturesTime, agenda, meeting, registration, investorProfile } from '../../test/eventFixtures.js';
import { FakeSocket } from '../../test/fakeSocket.js';

atEventFixturesTime();

const startup = startupProfile();
const expert = expertProfile();
const investor = investorProfile();
const mine = registration(startup);
const early = meeting({
  id: 'mt-2',
  requesterId: investor.id,
  requester: { id: investor.id, kind: 'expert', name: investor.name, headline: investor.headline, province: investor.province },
  inviteeId: startup.id,
  invitee: { id: startup.id, kind: 'startup', name: startup.name, headline: startup.headline, province: startup.province },
  status: 'accepted',
  slot: { startsAt: '2026-03-28T06:30:00.000Z', endsAt: '2026-03-28T07:00:00.000Z', table: 1 },
});
const later = meeting({
  status: 'accepted',
  slot: { startsAt: '2026-03-28T07:00:00.000Z', endsAt: '2026-03-28T07:30:00.000Z', table: 2 },
});

describe('Agenda page', () => {
  it('lists the accepted meetings by time with table and person, the ticket code, print and the calendar file', async () => {
    mockApi({ 'GET /api/events/ev-1/agenda': agenda(mine, [early, later]) });
    renderApp(<AgendaPage />, { path: '/events/:id/agenda', url: '/events/ev-1/agenda', me: meAs(startup) });
    const rows = await screen.findAllByTestId('agenda-row');
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['13:30–14:00', '1', `${investor.name}${investor.headline}`],
      ['14:00–14:30', '2', `${expert.name}${expert.headline}`],
    ]);
    expect(screen.getByText('K7Q 4FX')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'In lịch (A4)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tải về lịch (.ics)' })).toHaveAttribute('href', '/api/events/ev-1/agenda?format=ics');
  });

  it('shows a slot placed by the organiser the moment it is placed (meeting:updated)', async () => {
    const socket = new FakeSocket();
    let meetings = [meeting({ status: 'accepted', slot: null })];
    const api = mockApi({ 'GET /api/events/ev-1/agenda': () => agenda(mine, meetings) });
    renderApp(<AgendaPage />, { path: '/events/:id/agenda', url: '/events/ev-1/agenda', me: meAs(startup), socket });
    const row = await screen.findByTestId('agenda-row');
    expect(row).toHaveTextContent('Chưa có giờ (đang chờ chỗ trống)');
    meetings = [later];
    await socket.push('meeting:updated', { meeting: later });
    expect(await screen.findByText('14:00–14:30')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/events/ev-1/agenda')).toHaveLength(2);
  });

  it('prints a participant’s agenda for the organiser (?profileId=) and downloads theirs', async () => {
    const api = mockApi({ 'GET /api/events/ev-1/agenda': agenda(mine, [early]) });
    renderApp(<AgendaPage />, {
      path: '/events/:id/agenda',
      url: `/events/ev-1/agenda?profileId=${startup.id}`,
      me: meAs(null, 'staff'),
    });
    await screen.findByTestId('agenda-row');
    expect(api.callsTo('GET', '/api/events/ev-1/agenda')[0]!.query.get('profileId')).toBe(startup.id);
    expect(screen.getByRole('link', { name: 'Tải về lịch (.ics)' })).toHaveAttribute(
      'href',
      `/api/events/ev-1/agenda?format=ics&profileId=${startup.id}`,
    );
  });

  it('tells someone who is not registered so', async () => {
    mockApi({
      'GET /api/events/ev-1/agenda': apiError(403, { code: 'forbidden', message: 'Register for the event to see your agenda.' }),
    });
    renderApp(<AgendaPage />, { path: '/events/:id/agenda', url: '/events/ev-1/agenda', me: meAs(startup) });
    expect(await screen.findByText('Bạn chưa đăng ký sự kiện này.')).toBeInTheDocument();
  });
});
