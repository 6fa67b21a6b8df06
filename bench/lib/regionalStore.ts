// A store the size a whole region reaches, for probing the endpoints people hit most: generated
// profiles and needs (seeds' generator via loadGenerated), then a year of introductions with their
// histories and the conversations of the accepted ones with their messages (stored shapes of
// docs/DATA.md, written straight to the collections), staff accounts, and events, registrations,
// meetings and a call for entries with its jury played through the real services.
import { parseInput } from '../../server/src/http/validate.js';
import type { AuthUser } from '../../server/src/http/api.js';
import type { Container } from '../../server/src/container.js';
import { newId } from '../../server/src/lib/ids.js';
import { searchKeyOf, type UserDoc } from '../../server/src/modules/accounts/repository.js';
import { presentUser } from '../../server/src/modules/accounts/presenter.js';
import { CALL_TEMPLATES } from '../../server/src/modules/calls/templates.js';
import type { ConversationDoc, MessageDoc } from '../../server/src/modules/conversations/repository.js';
import type { IntroDoc } from '../../server/src/modules/intros/repository.js';
import type { StatusChange } from '../../server/src/modules/needs/repository.js';
import type { ProfileDoc } from '../../server/src/modules/profiles/repository.js';
import { loadGenerated } from '../../server/src/seeding/bulk.js';
import { SYSTEM } from '../../server/src/seeding/demo.js';
import { CallBody, CreateEventBody, EntryBody, EventRegisterBody } from '@ketnoi/contract';
import { needCategoryCodes } from '@ketnoi/seeds';
import { mulberry32, pick, type Random, randomInt } from './random.js';

export interface RegionalSizes {
  profiles: number;
  intros: number;
  messages: number;
  events: number;
  /** Registrations per ordinary event (the big event and the call get their own). */
  registrationsPerEvent: number;
  /** The one event with one-to-one meetings. */
  bigEventRegistrations: number;
  meetings: number;
  callEntries: number;
  judges: number;
}

export const REGIONAL: RegionalSizes = {
  profiles: 30_000,
  intros: 30_000,
  messages: 100_000,
  events: 200,
  registrationsPerEvent: 40,
  bigEventRegistrations: 300,
  meetings: 200,
  callEntries: 300,
  judges: 10,
};

export const REGIONAL_QUICK: RegionalSizes = {
  profiles: 3_000,
  intros: 3_000,
  messages: 10_000,
  events: 20,
  registrationsPerEvent: 10,
  bigEventRegistrations: 60,
  meetings: 30,
  callEntries: 40,
  judges: 4,
};

export const STAFF_PASSWORD = 'bench-staff-password';
/** The province whose staff the probe signs in as (the generator weights it three times). */
export const STAFF_PROVINCE = 'ha-noi';

export interface RegionalIds {
  /** A startup with many introductions and one long conversation (the busiest member). */
  busyStartup: { email: string; profileId: string };
  busyConversationId: string;
  /** An expert, an investor and a provider with their profile ids. */
  helpers: { email: string; profileId: string; kind: string }[];
  bigEventId: string;
  callEventId: string;
  staffEmail: string;
  eventIds: string[];
  profileIds: string[];
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();

async function inBatches<T>(container: Container, items: T[], size: number, write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) {
    const batch = items.slice(i, i + size);
    await container.store.withTransaction(() => write(batch));
  }
}

function introHistory(random: Random, created: number, now: number): { history: StatusChange[]; status: IntroDoc['status']; t: number } {
  const history: StatusChange[] = [{ at: iso(created), by: 'u', from: null, to: 'pending' }];
  // Recent ones may still be waiting; older ones have an outcome.
  if (now - created < 6 * DAY && random() < 0.6) return { history, status: 'pending', t: created };
  const roll = random();
  const to = roll < 0.55 ? 'accepted' : roll < 0.75 ? 'declined' : roll < 0.85 ? 'withdrawn' : 'expired';
  const t = created + (to === 'expired' ? 7 * DAY : (1 + randomInt(random, 100)) * HOUR);
  history.push({ at: iso(t), by: 'u', from: 'pending', to });
  return { history, status: to, t };
}

export async function loadRegional(container: Container, sizes: RegionalSizes, seed = 42): Promise<RegionalIds> {
  const random = mulberry32(seed + 1);
  const now = container.clock.now().getTime();
  await loadGenerated(container, { profiles: sizes.profiles, seed });
  const { modules } = container;
  const users = container.store.collection<UserDoc>({ name: 'users' });
  const profiles = await modules.profiles.repository.collection.find({});
  const userDocs = new Map((await users.find({})).map((u) => [u._id, u]));
  const authOf = (p: ProfileDoc): AuthUser => presentUser(userDocs.get(p.userId)!);
  const byKind = (kind: string) => profiles.filter((p) => p.kind === kind);
  const startups = byKind('startup');
  const helpers = profiles.filter((p) => p.kind !== 'startup');
  const experts = byKind('expert');

  // Staff: one per province of a few, sharing the password.
  const passwordHash = await modules.accounts.hasher.hash(STAFF_PASSWORD);
  const staffEmail = 'bench.staff.ha-noi@ketnoi.test';
  const staff: UserDoc[] = ['ha-noi', 'da-nang', 'lang-son'].map((province) => ({
    _id: newId(),
    email: `bench.staff.${province}@ketnoi.test`,
    passwordHash,
    role: 'staff',
    name: `Cán bộ ${province}`,
    province: province as UserDoc['province'],
    searchKey: searchKeyOf({ name: `Cán bộ ${province}`, email: `bench.staff.${province}@ketnoi.test` }),
    createdAt: iso(now - 400 * DAY),
    updatedAt: iso(now - 400 * DAY),
  }));
  await container.store.withTransaction(() => users.insertMany(staff));

  // Introductions over the past year; the busiest startup makes a share of them.
  const busy = startups[0]!;
  const intros: IntroDoc[] = [];
  const conversations: ConversationDoc[] = [];
  for (let n = 0; n < sizes.intros; n++) {
    const from = n % 50 === 0 ? busy : pick(random, startups);
    const to = pick(random, helpers);
    const created = now - 1 * HOUR - randomInt(random, 365 * DAY);
    const { history, status, t } = introHistory(random, created, now);
    const id = newId();
    let conversationId: string | null = null;
    if (status === 'accepted') {
      conversationId = newId();
      conversations.push({
        _id: conversationId,
        introId: id,
        members: [
          { id: from._id, userId: from.userId, kind: 'profile' },
          { id: to._id, userId: to.userId, kind: 'profile' },
        ],
        reads: {},
        createdAt: iso(t),
        updatedAt: iso(t),
      });
    }
    intros.push({
      _id: id,
      fromProfileId: from._id,
      toProfileId: to._id,
      needId: null,
      message: 'Xin được kết nối để được tư vấn.',
      brokeredBy: null,
      status,
      awaiting: status === 'pending' ? [to._id] : [],
      acceptedBy: status === 'accepted' ? [to._id] : [],
      conversationId,
      province: from.province,
      startupId: from._id,
      targetKind: to.kind,
      firstResponseAt: status === 'accepted' || status === 'declined' ? iso(t) : null,
      declinedBy: status === 'declined' ? to._id : null,
      declinedAt: status === 'declined' ? iso(t) : null,
      declineReason: null,
      history,
      expiresAt: iso(created + 7 * DAY),
      createdAt: iso(created),
      updatedAt: iso(t),
    });
  }
  await inBatches(container, intros, 1000, (b) => modules.intros.repository.collection.insertMany(b));
  await inBatches(container, conversations, 1000, (b) => modules.conversations.repository.conversations.insertMany(b));

  // Messages: a tenth in the busiest startup's first conversation, the rest spread over the others.
  const busyConversation = conversations.find((c) => c.members[0]!.id === busy._id) ?? conversations[0]!;
  const messages: MessageDoc[] = [];
  for (let n = 0; n < sizes.messages; n++) {
    const conversation = n % 10 === 0 ? busyConversation : pick(random, conversations);
    const sender = conversation.members[n % 2]!;
    messages.push({
      _id: newId(),
      conversationId: conversation._id,
      senderId: sender.id,
      senderUserId: sender.userId,
      body: `Tin nhắn số ${n}: hẹn trao đổi thêm về hồ sơ.`,
      clientId: `bench-${n}`,
      createdAt: iso(now - (sizes.messages - n) * 60_000),
    });
  }
  await inBatches(container, messages, 2000, (b) => modules.conversations.repository.messages.insertMany(b));

  // Events through the service: ordinary ones over the coming year, then the big event with meetings.
  const { calendar, registrations, meetings } = modules.events;
  const eventIds: string[] = [];
  const createEvent = async (i: number, extra: Record<string, unknown>) => {
    const start = now + (2 + (i % 360)) * DAY;
    const body = parseInput(CreateEventBody, {
      kind: pick(random, ['workshop', 'training', 'forum', 'meetup', 'startup_day'] as const),
      title: `Sự kiện khởi nghiệp số ${i}`,
      description: 'Gặp gỡ, tập huấn và kết nối.',
      province: pick(random, ['ha-noi', 'da-nang', 'lang-son', 'tp-ho-chi-minh', 'lao-cai', 'hue']),
      topics: [pick(random, needCategoryCodes)],
      startsAt: iso(start),
      endsAt: iso(start + 8 * HOUR),
      venue: { name: 'Hội trường' },
      registration: { closesAt: iso(start) },
      status: 'published',
      ...extra,
    });
    const { event } = await calendar.create(SYSTEM, body, 'vi');
    eventIds.push(event._id);
    return event;
  };
  const register = async (eventId: string, p: ProfileDoc) => {
    await registrations.register(authOf(p), eventId, parseInput(EventRegisterBody, {}));
  };
  for (let i = 0; i < sizes.events - 2; i++) {
    const event = await createEvent(i, {});
    const seen = new Set<string>();
    for (let r = 0; r < sizes.registrationsPerEvent; r++) {
      const p = pick(random, profiles);
      if (seen.has(p._id)) continue;
      seen.add(p._id);
      await register(event._id, p);
    }
  }
  const bigStart = now + 30 * DAY;
  const big = await createEvent(sizes.events - 2, {
    kind: 'startup_day',
    startsAt: iso(bigStart),
    endsAt: iso(bigStart + 9 * HOUR),
    registration: { closesAt: iso(bigStart) },
    meetings: { slotMinutes: 20, tables: 30, from: iso(bigStart + HOUR), to: iso(bigStart + 8 * HOUR), maxPerParticipant: 8 },
  });
  const attendees = [busy, ...startups.slice(1, 1 + sizes.bigEventRegistrations / 2), ...helpers.slice(0, sizes.bigEventRegistrations / 2)];
  for (const p of attendees) await register(big._id, p);
  let accepted = 0;
  for (let i = 0; accepted < sizes.meetings && i < sizes.meetings * 4; i++) {
    const a = attendees[1 + (i % (attendees.length - 1))]!;
    const b = attendees[attendees.length - 1 - ((i * 7) % (attendees.length - 1))]!;
    if (a._id === b._id) continue;
    try {
      const meeting = await meetings.request(authOf(a), big._id, { withProfileId: b._id, message: '' });
      await meetings.accept(authOf(b), big._id, meeting._id);
      accepted++;
    } catch {
      // A pair asked twice or a participant at their limit: the service refuses, as it would a person.
    }
  }

  // The call for entries: a competition with its jury of experts, every entry scored by each judge.
  const callStart = now + 60 * DAY;
  const callEvent = await createEvent(sizes.events - 1, {
    kind: 'competition',
    startsAt: iso(callStart),
    endsAt: iso(callStart + 8 * HOUR),
    registration: { closesAt: iso(callStart) },
  });
  const template = CALL_TEMPLATES[0]!;
  const judges = experts.slice(0, sizes.judges);
  await modules.calls.calls.put(
    SYSTEM,
    callEvent._id,
    parseInput(CallBody, {
      closesAt: iso(callStart - DAY),
      questions: [],
      criteria: template.criteria,
      judges: judges.map((j) => j.userId),
      normalizeJudges: true,
    }),
  );
  const entrants = startups.slice(1, 1 + sizes.callEntries);
  const entryIds: string[] = [];
  for (const s of entrants) {
    const entry = await modules.calls.entries.submit(
      SYSTEM,
      callEvent._id,
      parseInput(EntryBody, {
        title: `Ý tưởng của ${s.name}`.slice(0, 200),
        summary: 'Sản phẩm nông nghiệp sạch cho thị trường địa phương.',
        startupId: s._id,
      }),
    );
    entryIds.push(entry.id);
  }
  for (const [j, judge] of judges.entries()) {
    const leniency = 0.5 + j / (2 * judges.length);
    for (const entryId of entryIds) {
      const scores = Object.fromEntries(template.criteria.map((c) => [c.code, Math.round(c.max * leniency * random())]));
      await modules.calls.judging.score(authOf(judge), callEvent._id, entryId, { scores, comment: '' });
    }
  }

  const emailOf = (p: ProfileDoc) => userDocs.get(p.userId)!.email;
  return {
    busyStartup: { email: emailOf(busy), profileId: busy._id },
    busyConversationId: busyConversation._id,
    helpers: ['expert', 'investor', 'provider'].map((kind) => {
      const p = byKind(kind)[0]!;
      return { email: emailOf(p), profileId: p._id, kind };
    }),
    bigEventId: big._id,
    callEventId: callEvent._id,
    staffEmail,
    eventIds,
    profileIds: profiles.map((p) => p._id),
  };
}
