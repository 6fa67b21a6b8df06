/**
 * V8 flags the server runs with: `npm start` (package.json), the Docker image (Dockerfile) and
 * the benchmarks (bench/run-all.ts). A test keeps the three in step.
 *
 * A 64 MB semi-space (Node's default is 16 MB) lets the objects a chat message leaves behind for
 * a second or so — request, socket and store bookkeeping — die in the young generation instead
 * of being promoted: under 500 messages/s, scavenges run every ~1.5 s instead
 * of ~0.4 s, promotion drops by ~45%, old-generation collections become rarer, and the live-chat
 * p99 fell from 4.5–6.2 ms to 2.0–2.8 ms (docs/BENCHMARKS.md). It costs up to ~100 MB more RSS.
 * The minimum is pinned to the same size: otherwise V8 shrinks the young generation after a quiet
 * spell (to 4 MB, measured) and the next busy minute scavenges two to three times as often while it
 * grows back (one full benchmark run: 20, 29, then 57 scavenges in its three rounds of chat).
 *
 * A heap growing factor of 2 (`--heap-growing-percent=100`): after each full collection the old
 * generation may double before the next one starts. The server's heap grows steadily (the embedded
 * store keeps every document in memory, Socket.IO keeps recent broadcasts for recovery), and V8
 * judged its collector fast enough to allow only ~7% growth, so under 500 messages/s a full
 * collection ran every ~7 s — each with ~30–60 ms of incremental marking on the event loop spread
 * over 50–90 ms, which delayed the ~25 messages that arrived meanwhile by 2–9 ms. With the factor
 * at 2 they run every minute or two. It costs memory: the heap may reach twice its live size.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64', '--min-semi-space-size=64', '--heap-growing-percent=100'] as const;
