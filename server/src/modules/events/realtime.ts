// Events module domain events → Socket.IO (API.md "Events … Realtime"): `meeting:new` to the
// invitee, `meeting:updated` to both sides on every change (slot moves included), and
// `event:updated` to registrants when the time, venue or status changes.
import type { ServerToClientEvents } from '@ketnoi/contract';
import type { Server } from 'socket.io';
import type { EventBus } from '../../lib/events.js';
import { userRoom } from '../../realtime/server.js';
import type { EventsModule } from './index.js';

type Payload<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>[0];

export function connectEventsRealtime(io: Server, deps: { events: EventBus; module: EventsModule }): void {
  const { events, module } = deps;
  const emit = <E extends keyof ServerToClientEvents>(rooms: string[], event: E, payload: Payload<E>) => {
    if (rooms.length) io.to(rooms).emit(event, payload);
  };

  events.on('meeting.created', async ({ meeting }) => {
    emit([userRoom(meeting.inviteeUserId)], 'meeting:new', { meeting: await module.meetings.presentOne(meeting) });
  });
  events.on('meeting.updated', async ({ meeting }) => {
    emit([userRoom(meeting.requesterUserId), userRoom(meeting.inviteeUserId)], 'meeting:updated', {
      meeting: await module.meetings.presentOne(meeting),
    });
  });
  events.on('event.updated', ({ event, changes, registrantUserIds }) => {
    if (!changes.some((c) => c === 'time' || c === 'venue' || c === 'status')) return;
    emit([...new Set(registrantUserIds)].map(userRoom), 'event:updated', { event: module.calendar.present(event) });
  });
}
