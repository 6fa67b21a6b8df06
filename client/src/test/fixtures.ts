// Test data the server could really send: every fixture is parsed with the contract's output
// schema (a missing or extra field throws), and profiles also with their kind's input schema,
// which holds the codes (sectors, stages, categories) to the reference lists.
import {
  BODY_BY_KIND,
  ConsultationOutput,
  ConversationOutput,
  IntroOutput,
  MatchItem,
  MeResponse,
  MessageOutput,
  NeedOutput,
  ProfileOutput,
  ReferenceOutput,
  type Match,
  type Me,
  type Profile,
  type ProfileSummary,
  type Role,
} from '@ketnoi/contract';
import { referencePayload } from '@ketnoi/seeds/reference/payload';
import type { z } from 'zod';

/** `value` as the contract's `schema` reads it; a fixture the server could not send fails here. */
export function parsed<S extends z.ZodType>(schema: S, value: z.input<S>): z.output<S> {
  return schema.parse(value);
}

/** A fixture: `defaults` with any fields overridden, as `read` takes them (it throws on what the server could not send). */
function fixtureOf<Input extends object, Output>(read: (value: Input) => Output, defaults: Input) {
  return (overrides: Partial<Output> = {}): Output => read({ ...defaults, ...overrides });
}

/** A fixture the contract's `schema` reads. */
function fixture<Output, Input extends object>(schema: z.ZodType<Output, Input>, defaults: Input) {
  return fixtureOf((value: Input) => schema.parse(value), defaults);
}

/** The body of GET /api/reference, built by the same function the server answers with. */
export const reference = parsed(ReferenceOutput, referencePayload());

const AT = '2025-09-01T00:00:00.000Z';

export function profile(value: z.input<typeof ProfileOutput>): Profile {
  BODY_BY_KIND[value.kind].parse(value);
  return parsed(ProfileOutput, value);
}

export const startupProfile = fixtureOf(profile, {
  id: 'p-startup',
  kind: 'startup',
  name: 'Mật ong chanh rừng Chi Lăng',
  headline: 'Mật ong từ hoa chanh rừng',
  about: '',
  province: 'lang-son',
  sectors: ['agri_food_ocop'],
  languages: ['vi'],
  verified: false,
  createdAt: AT,
  updatedAt: AT,
  stage: 'early_revenue',
  products: [],
  teamSize: 4,
});

export const expertProfile = fixtureOf(profile, {
  id: 'p-expert',
  kind: 'expert',
  name: 'Nguyễn Thị Hà',
  headline: 'Đại diện sở hữu công nghiệp',
  about: '',
  province: 'ha-noi',
  sectors: [],
  languages: ['vi'],
  verified: true,
  createdAt: AT,
  updatedAt: AT,
  expertise: ['trademark'],
  capacity: 3,
  remote: true,
  servesProvinces: [],
  fee: 'pro_bono',
});

/** The short form of a profile that rides along with intros, consultations and matches. */
export function summaryOf(p: Profile): ProfileSummary {
  return { id: p.id, kind: p.kind, name: p.name, headline: p.headline, province: p.province };
}

export function meAs(own: Profile | null, role: Role = own?.kind ?? 'startup'): Me {
  return parsed(MeResponse, {
    user: { id: `u-${role}`, email: `${role}@example.vn`, role, name: 'Người dùng', province: 'lang-son', language: 'vi', createdAt: AT },
    profile: own,
  });
}

/** A pending request from the startup to the expert, with both parties' summaries as the server sends them. */
export const intro = fixture(IntroOutput, {
  id: 'i-1',
  fromProfileId: 'p-startup',
  toProfileId: 'p-expert',
  message: 'Chúng tôi cần đăng ký nhãn hiệu cho mật ong.',
  status: 'pending',
  acceptedBy: [],
  awaiting: ['p-expert'],
  province: 'lang-son',
  from: summaryOf(startupProfile()),
  to: summaryOf(expertProfile()),
  history: [{ at: '2025-10-01T02:00:00.000Z', by: 'p-startup', from: null, to: 'pending' }],
  expiresAt: '2025-10-08T02:00:00.000Z',
  createdAt: '2025-10-01T02:00:00.000Z',
});

/** A one-hour online consultation between the startup and the expert. */
export const consultation = fixture(ConsultationOutput, {
  id: 'k-1',
  introId: 'i-1',
  startupId: 'p-startup',
  helperId: 'p-expert',
  startup: summaryOf(startupProfile()),
  helper: summaryOf(expertProfile()),
  startsAt: '2025-10-05T02:00:00.000Z',
  endsAt: '2025-10-05T03:00:00.000Z',
  durationMinutes: 60,
  mode: 'online',
  status: 'scheduled',
  followUps: [],
  history: [{ at: '2025-10-01T00:00:00.000Z', by: 'u-startup', from: null, to: 'scheduled' }],
  createdAt: '2025-10-01T00:00:00.000Z',
});

export const need = fixture(NeedOutput, {
  id: 'n-1',
  startupId: 'p-startup',
  category: 'trademark',
  title: 'Đăng ký nhãn hiệu mật ong',
  description: 'Cần bảo hộ nhãn hiệu trước khi vào siêu thị.',
  urgency: 'normal',
  status: 'open',
  province: 'lang-son',
  history: [{ at: '2025-10-01T02:00:00.000Z', by: 'u-startup', from: null, to: 'open' }],
  createdAt: '2025-10-01T02:00:00.000Z',
  updatedAt: '2025-10-01T02:00:00.000Z',
});

export function match(value: z.input<typeof MatchItem>): Match {
  return parsed(MatchItem, value);
}

export const message = fixture(MessageOutput, {
  id: 'm-1',
  conversationId: 'c-1',
  senderId: 'p-expert',
  body: 'Chào anh chị',
  clientId: 'client-1',
  createdAt: '2025-10-01T03:00:00.000Z',
});

/** The startup's conversation with the expert, as GET /api/conversations lists it for the startup. */
export const conversation = fixture(ConversationOutput, {
  id: 'c-1',
  introId: 'i-1',
  participants: ['p-startup', 'p-expert'],
  members: [
    { id: 'p-startup', kind: 'profile', name: 'Mật ong chanh rừng Chi Lăng', role: 'startup', province: 'lang-son' },
    { id: 'p-expert', kind: 'profile', name: 'Nguyễn Thị Hà', role: 'expert', province: 'ha-noi' },
  ],
  me: 'p-startup',
  reads: {},
  unread: 0,
  createdAt: '2025-10-01T02:30:00.000Z',
});
