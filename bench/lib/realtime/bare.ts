// The baseline: a plain Socket.IO server with no authentication, no store and no rate limit.
// Each client names its conversation in the handshake (`auth.room`) and joins that room;
// `message:send` is acknowledged with a message object of the same shape as ours and relayed as
// `message:new` to the whole room (both sockets of the pair, as ours emits to every member).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

export interface BareServer {
  url: string;
  io: Server;
  close(): Promise<void>;
}

interface BarePayload {
  conversationId?: unknown;
  body?: unknown;
  clientId?: unknown;
}

export async function startBareServer(): Promise<BareServer> {
  const server = http.createServer();
  const io = new Server(server, { serveClient: false });
  let counter = 0;
  io.on('connection', (socket) => {
    const auth = socket.handshake.auth as { room?: unknown; member?: unknown };
    const room = typeof auth.room === 'string' ? auth.room : 'lobby';
    const senderId = typeof auth.member === 'string' ? auth.member : socket.id;
    void socket.join(room);
    socket.on('message:send', (payload: BarePayload, ack: unknown) => {
      const message = {
        id: `m${(counter++).toString(36)}`,
        conversationId: room,
        senderId,
        body: String(payload?.body ?? ''),
        clientId: String(payload?.clientId ?? ''),
        createdAt: new Date().toISOString(),
      };
      io.to(room).emit('message:new', { message });
      if (typeof ack === 'function') (ack as (answer: unknown) => void)({ ok: true, message });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    io,
    close: async () => {
      await io.close();
    },
  };
}
