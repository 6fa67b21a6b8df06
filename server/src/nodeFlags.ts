/**
 * V8 flags the server runs with: `npm start` (package.json), the Docker image (Dockerfile) and
 * the benchmarks (bench/run-all.ts). A test keeps the three in step.
 *
 * A 64 MB semi-space (Node's default is 16 MB) lets the objects a chat message leaves behind for
 * a second or so — the conversation's previous version, request state — die in the young
 * generation instead of being promoted: under 500 messages/s, scavenges run every ~1.5 s instead
 * of ~0.4 s, promotion drops by ~45%, old-generation collections become rarer, and the live-chat
 * p99 fell from 4.5–6.2 ms to 2.0–2.8 ms (docs/BENCHMARKS.md). It costs up to ~100 MB more RSS.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64'] as const;
