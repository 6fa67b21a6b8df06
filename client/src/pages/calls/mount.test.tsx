import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { EventCallSection, OrganiserCallPanel } from './mount.js';
import { renderApp } from '../../test/render.js';
import { apiError, mockApi } from '../../test/mockApi.js';
import { meAs, startupProfile } from '../../test/fixtures.js';
import { call, entry, EVENT_ID } from '../../test/calls.js';

const CALL = `/api/events/${EVENT_ID}/call`;
const noCall = apiError(404, { code: 'not_found', message: 'Call not found' });

describe('the call on the event page', () => {
  it('offers a founder the way to enter, then to their entry', async () => {
    mockApi({ [`GET ${CALL}`]: call({ viewer: { organiser: false, manager: false, judge: false }, myEntry: null }) });
    renderApp(<EventCallSection eventId={EVENT_ID} />, { me: meAs(startupProfile()) });
    expect(await screen.findByRole('link', { name: 'Xem thể lệ và nộp hồ sơ' })).toHaveAttribute('href', `/events/${EVENT_ID}/call`);
    expect(screen.getByText(/^Nhận hồ sơ đến/)).toBeInTheDocument();
  });

  it('sends a judge to the scoring sheet and everyone to published results', async () => {
    mockApi({ [`GET ${CALL}`]: call({ viewer: { organiser: false, manager: false, judge: true }, myEntry: entry() }) });
    renderApp(<EventCallSection eventId={EVENT_ID} />, { me: meAs(null, 'expert') });
    expect(await screen.findByRole('link', { name: 'Chấm bài' })).toHaveAttribute('href', `/events/${EVENT_ID}/judging`);
  });

  it('shows nothing on an event without a call, and offers the organiser to open one', async () => {
    mockApi({ [`GET ${CALL}`]: noCall });
    renderApp(
      <>
        <EventCallSection eventId={EVENT_ID} />
        <OrganiserCallPanel eventId={EVENT_ID} />
      </>,
      { me: meAs(null, 'staff') },
    );
    // Both read the same (missing) call: once the organiser's panel shows, the public section has decided too.
    expect(await screen.findByRole('link', { name: 'Mở cuộc thi' })).toHaveAttribute('href', `/events/${EVENT_ID}/call/manage`);
    expect(screen.getByText('Sự kiện này chưa mở cuộc thi nhận hồ sơ.')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { name: 'Cuộc thi' })).toHaveLength(1);
  });
});
