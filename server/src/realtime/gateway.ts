// Domain events → Socket.IO events. Services never emit; they publish after commit and this
// layer decides who hears what (API.md "Realtime").
import type { Server } from 'socket.io';
import type { EventBus } from '../lib/events.js';
import type { Logger } from '../lib/logger.js';
import { presentMessage } from '../modules/conversations/presenter.js';
import { connectEventsRealtime, type EventsModule } from '../modules/events/index.js';
import { reachedTarget } from '../modules/intros/policy.js';
import type { IntroDoc } from '../modules/intros/repository.js';
import type { IntrosService } from '../modules/intros/service.js';
import type { Presence } from '../modules/notifications/subscriber.js';
import { presentNotification } from '../modules/notifications/presenter.js';
import type { ProfilesRepository } from '../modules/profiles/repository.js';
import { sessionRoom, staffRoom, userRoom } from './server.js';

export function connectGateway(
  io: Server,
  deps: { events: EventBus; intros: IntrosService; profiles: ProfilesRepository; logger: Logger; eventsModule?: EventsModule },
): Presence {
  const { events, intros, profiles } = deps;
  if (deps.eventsModule) connectEventsRealtime(io, { events, module: deps.eventsModule });
  const roomsOf = async (profileIds: string[]) => (await profiles.findMany(profileIds)).map((p) => userRoom(p.userId));

  const introNew = async (intro: IntroDoc) => {
    const payload = { intro: await intros.presentOne(intro) };
    if (intro.status === 'pending_staff') io.to(staffRoom(intro.province)).emit('intro:new', payload);
    else {
      const rooms = await roomsOf(intro.awaiting);
      if (rooms.length) io.to(rooms).emit('intro:new', payload);
    }
  };

  events.on('intro.created', ({ intro }) => introNew(intro));
  events.on('intro.updated', async ({ intro, action }) => {
    const rooms = await roomsOf(reachedTarget(intro) ? [intro.fromProfileId, intro.toProfileId] : [intro.fromProfileId]);
    if (intro.brokeredBy) rooms.push(userRoom(intro.brokeredBy));
    io.to(rooms).emit('intro:updated', { intro: await intros.presentOne(intro) });
    if (action === 'approve') await introNew(intro);
  });
  events.on('message.created', ({ message, conversation }) => {
    // The other members first: they are the ones waiting, while the sender already shows the
    // message and gets the acknowledgement (the sender's room last still reaches their other tabs).
    const rooms = conversation.members.filter((m) => m.userId !== message.senderUserId).map((m) => userRoom(m.userId));
    rooms.push(userRoom(message.senderUserId));
    io.to(rooms).emit('message:new', { message: presentMessage(message) });
  });
  events.on('message.read', ({ conversation, memberId, upTo }) => {
    io.to(conversation.members.map((m) => userRoom(m.userId))).emit('message:read', {
      conversationId: conversation._id,
      profileId: memberId,
      upTo,
    });
  });
  events.on('notification.created', ({ notification }) => {
    io.to(userRoom(notification.userId)).emit('notification:new', { notification: presentNotification(notification) });
  });
  events.on('session.ended', ({ sessionId }) => {
    io.in(sessionRoom(sessionId)).disconnectSockets(true);
  });

  const connectedHere = (userId: string) => (io.sockets.adapter.rooms.get(userRoom(userId))?.size ?? 0) > 0;
  return {
    connectedHere,
    async isOnline(userId: string) {
      // A socket of this user on this instance answers at once; otherwise ask the whole cluster.
      if (connectedHere(userId)) return true;
      try {
        return (await io.in(userRoom(userId)).fetchSockets()).length > 0;
      } catch (error) {
        deps.logger.warn({ err: error }, 'presence lookup failed; treating user as offline');
        return false;
      }
    },
  };
}
